package dk.kompetence.domain.session;

import static dk.kompetence.domain.Fixtures.EVERY_SEAT_FUNDED;
import static dk.kompetence.domain.Fixtures.FIRST_MEETING;
import static dk.kompetence.domain.Fixtures.HR;
import static dk.kompetence.domain.Fixtures.SECOND_MEETING;
import static dk.kompetence.domain.Fixtures.TODAY;
import static dk.kompetence.domain.Fixtures.assertSeatsTakenMatchesEnrolments;
import static dk.kompetence.domain.Fixtures.assertViolates;
import static dk.kompetence.domain.Fixtures.employee;
import static dk.kompetence.domain.Fixtures.enrol;
import static dk.kompetence.domain.Fixtures.minutesAfterNow;
import static dk.kompetence.domain.Fixtures.openSession;
import static dk.kompetence.domain.Fixtures.publishedModule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.shared.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Completion (gennemført) and no-show (udeblevet), recorded once the session has started. */
class AttendanceTest {

    private static final LocalDate AFTER_END = SECOND_MEETING.plusDays(1);

    private final Person søren = employee("Søren", "Østergaard");
    private final Person åse = employee("Åse", "Jørgensen");
    private final Person mette = employee("Mette", "Bæk");

    @Test
    void completionDefaultsHoursToTheModulesHours() {
        CourseModule module = publishedModule("HIL-1", "Hillerød-uddannelsen modul 1", "22.5", 24);
        CourseSession session = openSession(module, 5, FIRST_MEETING, SECOND_MEETING);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));

        session.complete(enrolment, SECOND_MEETING, null, HR, AFTER_END);

        assertEquals(EnrolmentStatus.COMPLETED, enrolment.getStatus());
        assertEquals(new BigDecimal("22.5"), enrolment.getCompletedHours());
        assertEquals(SECOND_MEETING, enrolment.getCompletedOn());
        assertEquals(HR, enrolment.getRecordedBy());
    }

    @Test
    void completionKeepsGivenHours() {
        CourseSession session = openSession(5);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));

        session.complete(enrolment, FIRST_MEETING, new BigDecimal("6.0"), HR, FIRST_MEETING);

        assertEquals(new BigDecimal("6.0"), enrolment.getCompletedHours());
    }

    @Test
    void completionKeepsTheSeat() {
        CourseSession session = openSession(2);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));

        session.complete(enrolment, FIRST_MEETING, null, HR, FIRST_MEETING);

        assertEquals(1, session.getSeatsTaken());
        assertSeatsTakenMatchesEnrolments(session);
    }

    @Test
    void completionIsRefusedBeforeTheSessionStarts() {
        CourseSession session = openSession(5);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));
        LocalDate dayBefore = FIRST_MEETING.minusDays(1);

        assertViolates(Rule.SESSION_NOT_STARTED,
                () -> session.complete(enrolment, dayBefore, null, HR, dayBefore));
        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
    }

    @Test
    void completionOnTheFirstMeetingDayIsAllowed() {
        CourseSession session = openSession(5);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));

        session.complete(enrolment, FIRST_MEETING, null, HR, FIRST_MEETING);

        assertEquals(EnrolmentStatus.COMPLETED, enrolment.getStatus());
    }

    @Test
    void completionDateBeforeTheSessionStartIsRefused() {
        CourseSession session = openSession(5);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));

        assertViolates(Rule.INVALID_DATES,
                () -> session.complete(enrolment, FIRST_MEETING.minusDays(1), null, HR, AFTER_END));
        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
    }

    @Test
    void completionDateAfterTodayIsRefused() {
        CourseSession session = openSession(5);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));

        assertViolates(Rule.INVALID_DATES,
                () -> session.complete(enrolment, SECOND_MEETING, null, HR, FIRST_MEETING));
        assertNull(enrolment.getCompletedOn());
    }

    @Test
    void completionOfAWaitlistedEnrolmentIsRefused() {
        CourseSession session = openSession(1);
        enrol(session, åse, minutesAfterNow(0));
        Enrolment waitlisted = enrol(session, søren, minutesAfterNow(1));

        assertViolates(Rule.INVALID_TRANSITION,
                () -> session.complete(waitlisted, FIRST_MEETING, null, HR, AFTER_END));
        assertEquals(1, session.getSeatsTaken());
        assertSeatsTakenMatchesEnrolments(session);
    }

    @Test
    void completionOfACancelledEnrolmentIsRefused() {
        CourseSession session = openSession(3);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));
        session.cancel(enrolment, false, TODAY, minutesAfterNow(1), EVERY_SEAT_FUNDED);

        assertViolates(Rule.INVALID_TRANSITION,
                () -> session.complete(enrolment, FIRST_MEETING, null, HR, AFTER_END));
    }

    @Test
    void noShowKeepsTheSeat() {
        CourseSession session = openSession(1);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));
        Enrolment waitlisted = enrol(session, åse, minutesAfterNow(1));

        session.markNoShow(enrolment, HR, FIRST_MEETING);

        assertEquals(EnrolmentStatus.NO_SHOW, enrolment.getStatus());
        assertEquals(HR, enrolment.getRecordedBy());
        assertEquals(1, session.getSeatsTaken());
        assertEquals(0, session.freeSeats());
        assertEquals(EnrolmentStatus.WAITLISTED, waitlisted.getStatus(), "nobody is promoted into a no-show's seat");
        assertSeatsTakenMatchesEnrolments(session);
    }

    @Test
    void noShowIsRefusedBeforeTheSessionStarts() {
        CourseSession session = openSession(3);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));

        assertViolates(Rule.SESSION_NOT_STARTED, () -> session.markNoShow(enrolment, HR, TODAY));
        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
    }

    @Test
    void noShowNeedsAConfirmedSeat() {
        CourseSession session = openSession(1);
        enrol(session, åse, minutesAfterNow(0));
        Enrolment waitlisted = enrol(session, søren, minutesAfterNow(1));

        assertViolates(Rule.INVALID_TRANSITION, () -> session.markNoShow(waitlisted, HR, FIRST_MEETING));
    }

    @Test
    void noShowCanLaterBeCorrectedToCompleted() {
        CourseSession session = openSession(3);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));
        session.markNoShow(enrolment, HR, FIRST_MEETING);

        session.complete(enrolment, SECOND_MEETING, null, HR, AFTER_END);

        assertEquals(EnrolmentStatus.COMPLETED, enrolment.getStatus());
        assertEquals(1, session.getSeatsTaken());
    }

    @Test
    void completedEnrolmentIsNoLongerActiveButKeepsItsSeat() {
        CourseSession session = openSession(3);
        Enrolment enrolment = enrol(session, søren, minutesAfterNow(0));
        session.complete(enrolment, FIRST_MEETING, null, HR, FIRST_MEETING);

        assertFalse(enrolment.getStatus().isActive());
        assertTrue(enrolment.getStatus().holdsSeat());
    }

    @Test
    void seatsTakenMatchesTheEnrolmentsThroughAWholeSession() {
        CourseSession session = openSession(2);
        Enrolment a = enrol(session, søren, minutesAfterNow(0));
        assertSeatsTakenMatchesEnrolments(session);
        Enrolment b = enrol(session, åse, minutesAfterNow(1));
        assertSeatsTakenMatchesEnrolments(session);
        Enrolment c = enrol(session, mette, minutesAfterNow(2));
        assertSeatsTakenMatchesEnrolments(session);
        session.cancel(b, false, TODAY, minutesAfterNow(3), EVERY_SEAT_FUNDED);
        assertSeatsTakenMatchesEnrolments(session);
        assertEquals(EnrolmentStatus.CONFIRMED, c.getStatus());
        session.changeCapacity(4, dk.kompetence.domain.Fixtures.TODAY, EVERY_SEAT_FUNDED);
        assertSeatsTakenMatchesEnrolments(session);
        session.complete(a, FIRST_MEETING, null, HR, FIRST_MEETING);
        assertSeatsTakenMatchesEnrolments(session);
        session.markNoShow(c, HR, FIRST_MEETING);
        assertSeatsTakenMatchesEnrolments(session);
        session.markCompleted(SECOND_MEETING);
        assertSeatsTakenMatchesEnrolments(session);
        assertEquals(2, session.getSeatsTaken());
    }
}
