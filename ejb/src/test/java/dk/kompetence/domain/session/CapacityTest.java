package dk.kompetence.domain.session;

import static dk.kompetence.domain.Fixtures.EVERY_SEAT_FUNDED;
import static dk.kompetence.domain.Fixtures.assertSeatsTakenMatchesEnrolments;
import static dk.kompetence.domain.Fixtures.assertViolates;
import static dk.kompetence.domain.Fixtures.employee;
import static dk.kompetence.domain.Fixtures.enrol;
import static dk.kompetence.domain.Fixtures.minutesAfterNow;
import static dk.kompetence.domain.Fixtures.openSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.shared.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapacityTest {

    private final Person søren = employee("Søren", "Østergaard");
    private final Person åse = employee("Åse", "Jørgensen");
    private final Person mette = employee("Mette", "Bæk");
    private final Person bjørn = employee("Bjørn", "Høj");

    @Test
    void increasingCapacityPromotesFromTheWaitlistInOrder() {
        CourseSession session = openSession(1);
        enrol(session, søren, minutesAfterNow(0));
        Enrolment first = enrol(session, åse, minutesAfterNow(1));
        Enrolment second = enrol(session, mette, minutesAfterNow(2));
        Enrolment third = enrol(session, bjørn, minutesAfterNow(3));

        List<Enrolment> promoted = session.changeCapacity(3, dk.kompetence.domain.Fixtures.TODAY, EVERY_SEAT_FUNDED);

        assertEquals(List.of(first, second), promoted);
        assertEquals(EnrolmentStatus.WAITLISTED, third.getStatus());
        assertEquals(Optional.of(1), session.waitlistPosition(third));
        assertEquals(3, session.getSeatsTaken());
        assertEquals(SessionStatus.FULL, session.getStatus());
        assertSeatsTakenMatchesEnrolments(session);
    }

    @Test
    void increasingCapacityBeyondTheWaitlistReopensTheSession() {
        CourseSession session = openSession(1);
        enrol(session, søren, minutesAfterNow(0));
        enrol(session, åse, minutesAfterNow(1));

        session.changeCapacity(5, dk.kompetence.domain.Fixtures.TODAY, EVERY_SEAT_FUNDED);

        assertEquals(2, session.getSeatsTaken());
        assertEquals(SessionStatus.OPEN, session.getStatus());
    }

    @Test
    void increasingCapacityOfAFullSessionWithNoWaitlistReopensIt() {
        CourseSession session = openSession(1);
        enrol(session, søren, minutesAfterNow(0));
        assertEquals(SessionStatus.FULL, session.getStatus());

        List<Enrolment> promoted = session.changeCapacity(2, dk.kompetence.domain.Fixtures.TODAY, EVERY_SEAT_FUNDED);

        assertTrue(promoted.isEmpty());
        assertEquals(1, session.freeSeats());
        assertEquals(SessionStatus.OPEN, session.getStatus(), "a session with a free seat is not FULL");
    }

    @Test
    void reducingCapacityToTheSeatsTakenMakesTheSessionFull() {
        CourseSession session = openSession(3);
        enrol(session, søren, minutesAfterNow(0));
        enrol(session, åse, minutesAfterNow(1));

        session.changeCapacity(2, dk.kompetence.domain.Fixtures.TODAY, EVERY_SEAT_FUNDED);

        assertEquals(2, session.getCapacity());
        assertEquals(0, session.freeSeats());
        assertEquals(SessionStatus.FULL, session.getStatus(), "a session with no free seat is FULL");
    }

    @Test
    void capacityBelowSeatsTakenIsRefused() {
        CourseSession session = openSession(3);
        enrol(session, søren, minutesAfterNow(0));
        enrol(session, åse, minutesAfterNow(1));

        assertViolates(Rule.CAPACITY_BELOW_SEATS_TAKEN, () -> session.changeCapacity(1, dk.kompetence.domain.Fixtures.TODAY, EVERY_SEAT_FUNDED));
        assertEquals(3, session.getCapacity());
    }

    @Test
    void capacityMustBeAtLeastOne() {
        CourseSession session = openSession(3);

        assertThrows(IllegalArgumentException.class, () -> session.changeCapacity(0, dk.kompetence.domain.Fixtures.TODAY, EVERY_SEAT_FUNDED));
    }
}
