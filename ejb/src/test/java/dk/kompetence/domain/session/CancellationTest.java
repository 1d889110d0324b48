package dk.kompetence.domain.session;

import static dk.kompetence.domain.Fixtures.EVERY_SEAT_FUNDED;
import static dk.kompetence.domain.Fixtures.CANCELLATION_DEADLINE;
import static dk.kompetence.domain.Fixtures.FIRST_MEETING;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancellationTest {

    private static final LocalDate AFTER_DEADLINE = CANCELLATION_DEADLINE.plusDays(1);

    private final Person søren = employee("Søren", "Østergaard");
    private final Person åse = employee("Åse", "Jørgensen");

    @Test
    void cancellingBeforeTheDeadlineFreesTheSeat() {
        CourseSession session = openSession(1);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));
        assertEquals(SessionStatus.FULL, session.getStatus());

        List<Enrolment> promoted = session.cancel(enrolment, false, TODAY, minutesAfterNow(10), EVERY_SEAT_FUNDED);

        assertEquals(EnrolmentStatus.CANCELLED, enrolment.getStatus());
        assertEquals(minutesAfterNow(10), enrolment.getCancelledAt());
        assertTrue(promoted.isEmpty());
        assertEquals(0, session.getSeatsTaken());
        assertEquals(SessionStatus.OPEN, session.getStatus());
        assertSeatsTakenMatchesEnrolments(session);
    }

    @Test
    void cancellingOnTheDeadlineDayIsAllowed() {
        CourseSession session = openSession(3);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));

        session.cancel(enrolment, false, CANCELLATION_DEADLINE, CANCELLATION_DEADLINE.atTime(12, 0), EVERY_SEAT_FUNDED);

        assertEquals(EnrolmentStatus.CANCELLED, enrolment.getStatus());
    }

    @Test
    void cancellationAfterTheDeadlineIsRefusedForANormalCancel() {
        CourseSession session = openSession(3);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));

        assertViolates(Rule.CANCELLATION_DEADLINE_PASSED,
                () -> session.cancel(enrolment, false, AFTER_DEADLINE, AFTER_DEADLINE.atTime(12, 0), EVERY_SEAT_FUNDED));
        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
        assertEquals(1, session.getSeatsTaken());
    }

    @Test
    void lateCancellationIsAllowedWhenOverrideIsGiven() {
        CourseSession session = openSession(3);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));

        session.cancel(enrolment, true, AFTER_DEADLINE, AFTER_DEADLINE.atTime(12, 0), EVERY_SEAT_FUNDED);

        assertEquals(EnrolmentStatus.CANCELLED, enrolment.getStatus());
        assertEquals(0, session.getSeatsTaken());
    }

    @Test
    void waitlistedMayCancelAfterTheCancellationDeadlineBecauseTheyHoldNoSeat() {
        CourseSession session = openSession(1);
        enrol(session, åse, minutesAfterNow(0));
        Enrolment waitlisted = enrol(session, søren, minutesAfterNow(1));

        List<Enrolment> promoted = session.cancel(waitlisted, false, AFTER_DEADLINE, AFTER_DEADLINE.atTime(12, 0), EVERY_SEAT_FUNDED);

        assertEquals(EnrolmentStatus.CANCELLED, waitlisted.getStatus());
        assertTrue(promoted.isEmpty());
        assertEquals(1, session.getSeatsTaken());
    }

    @Test
    void requestMayBeWithdrawnAfterTheCancellationDeadline() {
        CourseSession session = openSession(3);
        Institution skovly = school();
        skovly.requireApproval(true);
        Enrolment request = enrol(session, søren, skovly, minutesAfterNow(0));

        session.cancel(request, false, AFTER_DEADLINE, AFTER_DEADLINE.atTime(12, 0), EVERY_SEAT_FUNDED);

        assertEquals(EnrolmentStatus.CANCELLED, request.getStatus());
    }

    @Test
    void cancellingAfterTheSessionStartedIsRefusedEvenWithOverride() {
        CourseSession session = openSession(3);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));

        assertViolates(Rule.SESSION_ALREADY_STARTED,
                () -> session.cancel(enrolment, true, FIRST_MEETING, FIRST_MEETING.atTime(8, 0), EVERY_SEAT_FUNDED));
        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
    }

    @Test
    void cancellingTwiceIsRefused() {
        CourseSession session = openSession(3);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));
        LocalDateTime at = minutesAfterNow(5);
        session.cancel(enrolment, false, TODAY, at, EVERY_SEAT_FUNDED);

        assertViolates(Rule.INVALID_TRANSITION, () -> session.cancel(enrolment, false, TODAY, at.plusMinutes(1), EVERY_SEAT_FUNDED));
        assertEquals(at, enrolment.getCancelledAt());
        assertEquals(0, session.getSeatsTaken());
    }
}
