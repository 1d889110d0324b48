package dk.kompetence.domain.session;

import static dk.kompetence.domain.Fixtures.EVERY_SEAT_FUNDED;
import static dk.kompetence.domain.Fixtures.TODAY;
import static dk.kompetence.domain.Fixtures.assertSeatsTakenMatchesEnrolments;
import static dk.kompetence.domain.Fixtures.daycare;
import static dk.kompetence.domain.Fixtures.employee;
import static dk.kompetence.domain.Fixtures.enrol;
import static dk.kompetence.domain.Fixtures.minutesAfterNow;
import static dk.kompetence.domain.Fixtures.openSession;
import static dk.kompetence.domain.Fixtures.school;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.person.Person;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeatReservationTest {

    private final Institution skovly = school();      // A: holds the reservation
    private final Institution æblehaven = daycare();  // B: does not
    private final Person søren = employee("Søren", "Østergaard");
    private final Person åse = employee("Åse", "Jørgensen");
    private final Person mette = employee("Mette", "Bæk");
    private final Person bjørn = employee("Bjørn", "Høj");

    @Test
    void seatsReservedForAnInstitutionAreNotFreeForOthers() {
        CourseSession session = openSession(4);
        session.reserve(skovly, 3, EVERY_SEAT_FUNDED);

        assertEquals(1, session.freeSeatsFor(æblehaven.getId()));
        assertEquals(1, session.freeSeats(), "someone without an institution cannot use reserved seats either");
    }

    @Test
    void seatsReservedForAnInstitutionAreFreeForIt() {
        CourseSession session = openSession(4);
        session.reserve(skovly, 3, EVERY_SEAT_FUNDED);

        assertEquals(4, session.freeSeatsFor(skovly.getId()));
        assertEquals(Map.of(skovly.getId(), 3), session.getReservations());
    }

    @Test
    void otherInstitutionIsWaitlistedWhenOnlyReservedSeatsAreLeft() {
        CourseSession session = openSession(2);
        session.reserve(skovly, 1, EVERY_SEAT_FUNDED);
        Enrolment first = enrol(session, søren, æblehaven, minutesAfterNow(0));

        Enrolment second = enrol(session, åse, æblehaven, minutesAfterNow(1));

        assertEquals(EnrolmentStatus.CONFIRMED, first.getStatus());
        assertEquals(EnrolmentStatus.WAITLISTED, second.getStatus());
        assertEquals(SessionStatus.OPEN, session.getStatus(), "the reserved seat is still free");
    }

    @Test
    void reservingInstitutionTakesItsReservedSeat() {
        CourseSession session = openSession(2);
        session.reserve(skovly, 1, EVERY_SEAT_FUNDED);
        enrol(session, søren, æblehaven, minutesAfterNow(0));

        Enrolment reserved = enrol(session, åse, skovly, minutesAfterNow(1));

        assertEquals(EnrolmentStatus.CONFIRMED, reserved.getStatus());
        assertEquals(2, session.getSeatsTaken());
        assertEquals(SessionStatus.FULL, session.getStatus());
    }

    @Test
    void reservationUsedUpByItsPeopleNoLongerHoldsSeatsBack() {
        CourseSession session = openSession(4);
        session.reserve(skovly, 2, EVERY_SEAT_FUNDED);
        enrol(session, søren, skovly, minutesAfterNow(0));
        enrol(session, åse, skovly, minutesAfterNow(1));

        assertEquals(2, session.freeSeatsFor(æblehaven.getId()));
        assertEquals(2, session.freeSeatsFor(skovly.getId()));
    }

    @Test
    void reservingInstitutionMayAlsoUseUnreservedSeats() {
        CourseSession session = openSession(3);
        session.reserve(skovly, 1, EVERY_SEAT_FUNDED);
        enrol(session, søren, skovly, minutesAfterNow(0));

        Enrolment second = enrol(session, åse, skovly, minutesAfterNow(1));

        assertEquals(EnrolmentStatus.CONFIRMED, second.getStatus());
        assertEquals(1, session.freeSeatsFor(æblehaven.getId()));
    }

    @Test
    void reservingZeroSeatsRemovesTheReservation() {
        CourseSession session = openSession(3);
        session.reserve(skovly, 2, EVERY_SEAT_FUNDED);

        session.reserve(skovly, 0, EVERY_SEAT_FUNDED);

        assertTrue(session.getReservations().isEmpty());
        assertEquals(3, session.freeSeatsFor(æblehaven.getId()));
    }

    @Test
    void promotionSkipsWaitlistedWhoCannotUseTheFreedReservedSeat() {
        CourseSession session = openSession(2);
        session.reserve(skovly, 1, EVERY_SEAT_FUNDED);
        enrol(session, søren, æblehaven, minutesAfterNow(0));                  // unreserved seat
        Enrolment waitingB = enrol(session, åse, æblehaven, minutesAfterNow(1)); // only the reserved seat left
        Enrolment a1 = enrol(session, mette, skovly, minutesAfterNow(2));       // the reserved seat
        Enrolment waitingA = enrol(session, bjørn, skovly, minutesAfterNow(3));
        assertEquals(EnrolmentStatus.WAITLISTED, waitingB.getStatus());
        assertEquals(EnrolmentStatus.WAITLISTED, waitingA.getStatus());

        List<Enrolment> promoted = session.cancel(a1, false, TODAY, minutesAfterNow(60), EVERY_SEAT_FUNDED);

        assertEquals(List.of(waitingA), promoted, "the freed seat is Skovlyskolen's reserved seat");
        assertEquals(EnrolmentStatus.WAITLISTED, waitingB.getStatus());
        assertEquals(1, session.waitlistPosition(waitingB).orElseThrow());
        assertSeatsTakenMatchesEnrolments(session);
    }

    @Test
    void freedUnreservedSeatGoesToTheFirstWaitlistedWhateverTheirInstitution() {
        CourseSession session = openSession(2);
        session.reserve(skovly, 1, EVERY_SEAT_FUNDED);
        Enrolment b1 = enrol(session, søren, æblehaven, minutesAfterNow(0));
        Enrolment waitingB = enrol(session, åse, æblehaven, minutesAfterNow(1));

        List<Enrolment> promoted = session.cancel(b1, false, TODAY, minutesAfterNow(60), EVERY_SEAT_FUNDED);

        assertEquals(List.of(waitingB), promoted);
    }

    /**
     * Releasing held-back seats frees them for everyone, the same as a cancellation or more capacity:
     * the first waitlisted should get the seat before the session starts.
     */
    @Test
    void releasingAReservationPromotesWaitlistedFromOtherInstitutions() {
        CourseSession session = openSession(2);
        session.reserve(skovly, 1, EVERY_SEAT_FUNDED);
        enrol(session, søren, æblehaven, minutesAfterNow(0));
        Enrolment waiting = enrol(session, åse, æblehaven, minutesAfterNow(1));
        assertEquals(EnrolmentStatus.WAITLISTED, waiting.getStatus());

        session.reserve(skovly, 0, EVERY_SEAT_FUNDED);

        assertEquals(EnrolmentStatus.CONFIRMED, waiting.getStatus(),
                "the released seat is free, yet the waitlisted person stays waitlisted");
        assertSeatsTakenMatchesEnrolments(session);
    }
}
