package dk.kompetence.domain.session;

import static dk.kompetence.domain.Fixtures.EVERY_SEAT_FUNDED;
import static dk.kompetence.domain.Fixtures.FIRST_MEETING;
import static dk.kompetence.domain.Fixtures.LEADER;
import static dk.kompetence.domain.Fixtures.TODAY;
import static dk.kompetence.domain.Fixtures.assertSeatsTakenMatchesEnrolments;
import static dk.kompetence.domain.Fixtures.assertViolates;
import static dk.kompetence.domain.Fixtures.employee;
import static dk.kompetence.domain.Fixtures.enrol;
import static dk.kompetence.domain.Fixtures.minutesAfterNow;
import static dk.kompetence.domain.Fixtures.openSession;
import static dk.kompetence.domain.Fixtures.school;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.shared.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaitlistTest {

    private final Person søren = employee("Søren", "Østergaard");
    private final Person åse = employee("Åse", "Jørgensen");
    private final Person mette = employee("Mette", "Bæk");
    private final Person bjørn = employee("Bjørn", "Høj");
    private final Person karen = employee("Karen", "Skjødt");

    @Test
    void waitlistPositionsRunFromOneInRequestOrder() {
        CourseSession session = openSession(1);
        Enrolment confirmed = enrol(session, søren, minutesAfterNow(0));
        Enrolment first = enrol(session, åse, minutesAfterNow(1));
        Enrolment second = enrol(session, mette, minutesAfterNow(2));
        Enrolment third = enrol(session, bjørn, minutesAfterNow(3));

        assertEquals(Optional.empty(), session.waitlistPosition(confirmed));
        assertEquals(Optional.of(1), session.waitlistPosition(first));
        assertEquals(Optional.of(2), session.waitlistPosition(second));
        assertEquals(Optional.of(3), session.waitlistPosition(third));
    }

    @Test
    void waitlistIsOrderedByRequestTimeNotByArrival() {
        CourseSession session = openSession(1);
        enrol(session, søren, minutesAfterNow(0));
        Enrolment later = enrol(session, åse, minutesAfterNow(30));
        Enrolment earlier = enrol(session, mette, minutesAfterNow(10));

        assertEquals(Optional.of(1), session.waitlistPosition(earlier));
        assertEquals(Optional.of(2), session.waitlistPosition(later));
    }

    @Test
    void cancellingAConfirmedSeatPromotesTheFirstWaitlisted() {
        CourseSession session = openSession(1);
        Enrolment confirmed = enrol(session, søren, minutesAfterNow(0));
        Enrolment first = enrol(session, åse, minutesAfterNow(1));
        Enrolment second = enrol(session, mette, minutesAfterNow(2));

        List<Enrolment> promoted = session.cancel(confirmed, false, TODAY, minutesAfterNow(60), EVERY_SEAT_FUNDED);

        assertEquals(List.of(first), promoted);
        assertEquals(EnrolmentStatus.CONFIRMED, first.getStatus());
        assertEquals(EnrolmentStatus.WAITLISTED, second.getStatus());
        assertEquals(1, session.getSeatsTaken());
        assertEquals(SessionStatus.FULL, session.getStatus());
        assertSeatsTakenMatchesEnrolments(session);
    }

    @Test
    void anUnfundedCandidateStaysFirstOnTheWaitlistAndTheSeatGoesToTheNextWhileTheCancellationStands() {
        CourseSession session = openSession(1);
        Enrolment confirmed = enrol(session, søren, minutesAfterNow(0));
        Enrolment unfunded = enrol(session, åse, minutesAfterNow(1));
        Enrolment funded = enrol(session, mette, minutesAfterNow(2));

        List<Enrolment> promoted = session.cancel(confirmed, false, TODAY, minutesAfterNow(60),
                candidate -> candidate != unfunded);

        assertEquals(EnrolmentStatus.CANCELLED, confirmed.getStatus());
        assertEquals(List.of(funded), promoted);
        assertEquals(EnrolmentStatus.WAITLISTED, unfunded.getStatus());
        assertEquals(Optional.of(1), session.waitlistPosition(unfunded));
        assertSeatsTakenMatchesEnrolments(session);
    }

    @Test
    void aFreedSeatNobodyOnTheWaitlistCanFundStaysFree() {
        CourseSession session = openSession(1);
        Enrolment confirmed = enrol(session, søren, minutesAfterNow(0));
        Enrolment waiting = enrol(session, åse, minutesAfterNow(1));

        assertEquals(List.of(), session.cancel(confirmed, false, TODAY, minutesAfterNow(60), candidate -> false));

        assertEquals(EnrolmentStatus.WAITLISTED, waiting.getStatus());
        assertEquals(0, session.getSeatsTaken());
        assertEquals(SessionStatus.OPEN, session.getStatus());
    }

    @Test
    void promotionFollowsRequestTimeNotArrival() {
        CourseSession session = openSession(1);
        Enrolment confirmed = enrol(session, søren, minutesAfterNow(0));
        Enrolment later = enrol(session, åse, minutesAfterNow(30));
        Enrolment earlier = enrol(session, mette, minutesAfterNow(10));

        List<Enrolment> promoted = session.cancel(confirmed, false, TODAY, minutesAfterNow(60), EVERY_SEAT_FUNDED);

        assertEquals(List.of(earlier), promoted);
        assertEquals(EnrolmentStatus.WAITLISTED, later.getStatus());
    }

    @Test
    void waitlistPositionsMoveUpWhenTheFirstIsPromoted() {
        CourseSession session = openSession(1);
        Enrolment confirmed = enrol(session, søren, minutesAfterNow(0));
        Enrolment first = enrol(session, åse, minutesAfterNow(1));
        Enrolment second = enrol(session, mette, minutesAfterNow(2));
        Enrolment third = enrol(session, bjørn, minutesAfterNow(3));

        session.cancel(confirmed, false, TODAY, minutesAfterNow(60), EVERY_SEAT_FUNDED);

        assertEquals(Optional.empty(), session.waitlistPosition(first));
        assertEquals(Optional.of(1), session.waitlistPosition(second));
        assertEquals(Optional.of(2), session.waitlistPosition(third));
    }

    @Test
    void waitlistPositionsMoveUpWhenSomeoneAheadCancels() {
        CourseSession session = openSession(1);
        enrol(session, søren, minutesAfterNow(0));
        Enrolment first = enrol(session, åse, minutesAfterNow(1));
        Enrolment second = enrol(session, mette, minutesAfterNow(2));

        List<Enrolment> promoted = session.cancel(first, false, TODAY, minutesAfterNow(60), EVERY_SEAT_FUNDED);

        assertTrue(promoted.isEmpty(), "a waitlisted cancellation frees no seat");
        assertEquals(Optional.empty(), session.waitlistPosition(first));
        assertEquals(Optional.of(1), session.waitlistPosition(second));
        assertEquals(1, session.getSeatsTaken());
    }

    @Test
    void cancellingSeveralSeatsPromotesInOrder() {
        CourseSession session = openSession(2);
        Enrolment a = enrol(session, søren, minutesAfterNow(0));
        Enrolment b = enrol(session, åse, minutesAfterNow(1));
        Enrolment first = enrol(session, mette, minutesAfterNow(2));
        Enrolment second = enrol(session, bjørn, minutesAfterNow(3));
        Enrolment third = enrol(session, karen, minutesAfterNow(4));

        assertEquals(List.of(first), session.cancel(b, false, TODAY, minutesAfterNow(60), EVERY_SEAT_FUNDED));
        assertEquals(List.of(second), session.cancel(a, false, TODAY, minutesAfterNow(61), EVERY_SEAT_FUNDED));

        assertEquals(Optional.of(1), session.waitlistPosition(third));
        assertEquals(2, session.getSeatsTaken());
        assertSeatsTakenMatchesEnrolments(session);
    }

    @Test
    void noPromotionAfterTheSessionStarted() {
        CourseSession session = openSession(1);
        Enrolment confirmed = enrol(session, søren, minutesAfterNow(0));
        Enrolment waitlisted = enrol(session, åse, minutesAfterNow(1));

        assertViolates(Rule.SESSION_ALREADY_STARTED,
                () -> session.cancel(confirmed, true, FIRST_MEETING, FIRST_MEETING.atTime(8, 0), EVERY_SEAT_FUNDED));

        assertEquals(EnrolmentStatus.CONFIRMED, confirmed.getStatus());
        assertEquals(EnrolmentStatus.WAITLISTED, waitlisted.getStatus());
        assertEquals(Optional.of(1), session.waitlistPosition(waitlisted));
    }

    @Test
    void requestAwaitingApprovalIsNotOnTheWaitlistAndIsNotPromoted() {
        CourseSession session = openSession(1);
        Institution skovly = school();
        skovly.requireApproval(true);
        Enrolment confirmed = enrol(session, søren, minutesAfterNow(0));
        Enrolment request = enrol(session, åse, skovly, minutesAfterNow(1));
        Enrolment waitlisted = enrol(session, mette, minutesAfterNow(2));

        assertEquals(Optional.empty(), session.waitlistPosition(request));
        assertEquals(Optional.of(1), session.waitlistPosition(waitlisted));

        List<Enrolment> promoted = session.cancel(confirmed, false, TODAY, minutesAfterNow(60), EVERY_SEAT_FUNDED);

        assertEquals(List.of(waitlisted), promoted);
        assertEquals(EnrolmentStatus.REQUESTED, request.getStatus());
    }

    @Test
    void approvedRequestJoinsTheWaitlistByItsRequestTime() {
        CourseSession session = openSession(1);
        Institution skovly = school();
        skovly.requireApproval(true);
        enrol(session, søren, minutesAfterNow(0));
        Enrolment request = enrol(session, åse, skovly, minutesAfterNow(1));
        Enrolment waitlisted = enrol(session, mette, minutesAfterNow(2));

        session.approve(request, LEADER, null, TODAY, minutesAfterNow(120));

        assertEquals(Optional.of(1), session.waitlistPosition(request));
        assertEquals(Optional.of(2), session.waitlistPosition(waitlisted));
    }
}
