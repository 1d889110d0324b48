package dk.kompetence.domain.session;

import static dk.kompetence.domain.Fixtures.EVERY_SEAT_FUNDED;
import static dk.kompetence.domain.Fixtures.FIRST_MEETING;
import static dk.kompetence.domain.Fixtures.HR;
import static dk.kompetence.domain.Fixtures.NOW;
import static dk.kompetence.domain.Fixtures.SECOND_MEETING;
import static dk.kompetence.domain.Fixtures.TODAY;
import static dk.kompetence.domain.Fixtures.assertSeatsTakenMatchesEnrolments;
import static dk.kompetence.domain.Fixtures.assertViolates;
import static dk.kompetence.domain.Fixtures.draftModule;
import static dk.kompetence.domain.Fixtures.employee;
import static dk.kompetence.domain.Fixtures.enrol;
import static dk.kompetence.domain.Fixtures.meeting;
import static dk.kompetence.domain.Fixtures.minutesAfterNow;
import static dk.kompetence.domain.Fixtures.openSession;
import static dk.kompetence.domain.Fixtures.publishedModule;
import static dk.kompetence.domain.Fixtures.school;
import static dk.kompetence.domain.Fixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.shared.Rule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionLifecycleTest {

    private static final LocalDate DAY_AFTER_START = FIRST_MEETING.plusDays(1);

    private final Person søren = employee("Søren", "Østergaard");
    private final Person åse = employee("Åse", "Jørgensen");
    private final Person mette = employee("Mette", "Bæk");
    private final Person bjørn = employee("Bjørn", "Høj");
    private final Person karen = employee("Karen", "Skjødt");

    @Test
    void sessionRunsFromItsFirstToItsLastMeetingWhateverTheOrderOfThePlan() {
        CourseSession session = session(publishedModule(), 10, SECOND_MEETING, FIRST_MEETING.plusDays(3),
                FIRST_MEETING);

        assertEquals(FIRST_MEETING, session.getStartsOn());
        assertEquals(SECOND_MEETING, session.getEndsOn());
        assertEquals(3, session.slots().size());
        assertEquals(SessionStatus.PLANNED, session.getStatus());
        assertEquals(0, session.getSeatsTaken());
    }

    @Test
    void sessionNeedsAtLeastOneMeeting() {
        CourseModule module = publishedModule();

        assertViolates(Rule.INVALID_DATES,
                () -> session(module, 10, TODAY, TODAY, List.of()));
    }

    @Test
    void deadlinesAfterTheFirstMeetingAreRefused() {
        CourseModule module = publishedModule();
        List<MeetingPlan> plan = List.of(meeting(FIRST_MEETING), meeting(SECOND_MEETING));

        assertViolates(Rule.INVALID_DATES, () -> session(module, 10, DAY_AFTER_START, TODAY, plan));
        assertViolates(Rule.INVALID_DATES, () -> session(module, 10, TODAY, DAY_AFTER_START, plan));
    }

    @Test
    void deadlinesOnTheFirstMeetingDayAreAllowed() {
        CourseSession session = session(publishedModule(), 10, FIRST_MEETING, FIRST_MEETING,
                List.of(meeting(FIRST_MEETING)));

        assertEquals(FIRST_MEETING, session.getEnrolmentDeadline());
        assertEquals(FIRST_MEETING, session.getCancellationDeadline());
    }

    @Test
    void meetingNeedsAVenueOrAnOnlineLink() {
        CourseModule module = publishedModule();
        MeetingPlan nowhere = new MeetingPlan(new TimeSlot(FIRST_MEETING, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                " ", null);

        assertThrows(IllegalArgumentException.class,
                () -> session(module, 10, TODAY, TODAY, List.of(nowhere)));
    }

    @Test
    void openingAPlannedSessionOfAPublishedModuleOpensIt() {
        CourseSession session = session(publishedModule(), 10, FIRST_MEETING);

        session.open();

        assertEquals(SessionStatus.OPEN, session.getStatus());
    }

    @Test
    void sessionOfAnUnpublishedModuleCannotBeOpened() {
        CourseModule draft = draftModule("SYK-1", "SYKL – systematisk kvalitetsudvikling", "7");
        CourseSession session = session(draft, 10, FIRST_MEETING);

        assertViolates(Rule.INVALID_TRANSITION, session::open);
        assertEquals(SessionStatus.PLANNED, session.getStatus());
    }

    @Test
    void sessionOfARetiredModuleCannotBeOpened() {
        CourseModule module = publishedModule();
        CourseSession session = session(module, 10, FIRST_MEETING);
        module.retire();

        assertViolates(Rule.INVALID_TRANSITION, session::open);
    }

    @Test
    void onlyAPlannedSessionCanBeOpened() {
        CourseSession session = openSession(10);

        assertViolates(Rule.INVALID_TRANSITION, session::open);
    }

    @Test
    void cancellingTheSessionCancelsAllActiveEnrolmentsAndReturnsThePeopleToNotify() {
        CourseSession session = openSession(2);
        Institution skovly = school();
        skovly.requireApproval(true);
        Enrolment confirmed1 = enrol(session, søren, minutesAfterNow(0));
        Enrolment confirmed2 = enrol(session, åse, minutesAfterNow(1));
        Enrolment waitlisted = enrol(session, mette, minutesAfterNow(2));
        Enrolment requested = enrol(session, bjørn, skovly, minutesAfterNow(3));
        Enrolment withdrawn = enrol(session, karen, minutesAfterNow(4));
        session.cancel(withdrawn, false, TODAY, minutesAfterNow(5), EVERY_SEAT_FUNDED);

        List<Person> toNotify = session.cancel(minutesAfterNow(60));

        assertEquals(Set.of(søren, åse, mette, bjørn), Set.copyOf(toNotify));
        assertEquals(4, toNotify.size());
        for (Enrolment e : List.of(confirmed1, confirmed2, waitlisted, requested)) {
            assertEquals(EnrolmentStatus.CANCELLED, e.getStatus());
            assertEquals(minutesAfterNow(60), e.getCancelledAt());
        }
        assertEquals(minutesAfterNow(5), withdrawn.getCancelledAt(), "an earlier cancellation is left alone");
        assertEquals(SessionStatus.CANCELLED, session.getStatus());
        assertEquals(0, session.getSeatsTaken());
        assertSeatsTakenMatchesEnrolments(session);
    }

    @Test
    void cancellingTheSessionKeepsCompletedAndNoShowEnrolments() {
        CourseSession session = openSession(3);
        Enrolment completed = enrol(session, søren, minutesAfterNow(0));
        Enrolment noShow = enrol(session, åse, minutesAfterNow(1));
        Enrolment confirmed = enrol(session, mette, minutesAfterNow(2));
        session.complete(completed, FIRST_MEETING, null, HR, FIRST_MEETING);
        session.markNoShow(noShow, HR, FIRST_MEETING);

        List<Person> toNotify = session.cancel(DAY_AFTER_START.atTime(8, 0));

        assertEquals(List.of(mette), toNotify);
        assertEquals(EnrolmentStatus.COMPLETED, completed.getStatus());
        assertEquals(EnrolmentStatus.NO_SHOW, noShow.getStatus());
        assertEquals(EnrolmentStatus.CANCELLED, confirmed.getStatus());
    }

    @Test
    void seatsTakenStillMatchesTheEnrolmentsAfterCancellingASessionWithCompletions() {
        CourseSession session = openSession(3);
        Enrolment completed = enrol(session, søren, minutesAfterNow(0));
        Enrolment noShow = enrol(session, åse, minutesAfterNow(1));
        enrol(session, mette, minutesAfterNow(2));
        session.complete(completed, FIRST_MEETING, null, HR, FIRST_MEETING);
        session.markNoShow(noShow, HR, FIRST_MEETING);

        session.cancel(DAY_AFTER_START.atTime(8, 0));

        assertSeatsTakenMatchesEnrolments(session); // expected 2 (COMPLETED + NO_SHOW)
    }

    @Test
    void cancelledSessionCannotBeCancelledAgain() {
        CourseSession session = openSession(3);
        session.cancel(NOW);

        assertViolates(Rule.INVALID_TRANSITION, () -> session.cancel(minutesAfterNow(1)));
    }

    @Test
    void completedSessionCannotBeCancelled() {
        CourseSession session = openSession(3);
        session.markCompleted(SECOND_MEETING.plusDays(1));

        assertViolates(Rule.INVALID_TRANSITION, () -> session.cancel(SECOND_MEETING.plusDays(2).atTime(9, 0)));
    }

    @Test
    void plannedSessionCanBeCancelled() {
        CourseSession session = session(publishedModule(), 10, FIRST_MEETING);

        assertEquals(List.of(), session.cancel(NOW));
        assertEquals(SessionStatus.CANCELLED, session.getStatus());
    }

    @Test
    void sessionCanBeMarkedCompletedFromItsLastMeetingDay() {
        CourseSession session = openSession(3);

        session.markCompleted(SECOND_MEETING);

        assertEquals(SessionStatus.COMPLETED, session.getStatus());
    }

    @Test
    void sessionCannotBeMarkedCompletedBeforeItsLastMeeting() {
        CourseSession session = openSession(3);

        assertViolates(Rule.INVALID_TRANSITION, () -> session.markCompleted(SECOND_MEETING.minusDays(1)));
        assertEquals(SessionStatus.OPEN, session.getStatus());
    }

    @Test
    void cancelledSessionCannotBeMarkedCompleted() {
        CourseSession session = openSession(3);
        session.cancel(NOW);

        assertViolates(Rule.INVALID_TRANSITION, () -> session.markCompleted(SECOND_MEETING.plusDays(1)));
    }

    @Test
    void openSessionIsRunningFromItsFirstMeetingDay() {
        CourseSession session = openSession(3);

        assertEquals(SessionStatus.OPEN, session.statusOn(FIRST_MEETING.minusDays(1)));
        assertEquals(SessionStatus.RUNNING, session.statusOn(FIRST_MEETING));
        assertEquals(SessionStatus.RUNNING, session.statusOn(SECOND_MEETING.plusDays(1)));
    }

    @Test
    void fullSessionIsFullBeforeItStartsAndRunningAfterwards() {
        CourseSession session = openSession(1);
        enrol(session, søren, NOW);

        assertEquals(SessionStatus.FULL, session.statusOn(TODAY));
        assertEquals(SessionStatus.RUNNING, session.statusOn(FIRST_MEETING));
    }

    @Test
    void plannedCancelledAndCompletedSessionsKeepTheirStatusWhateverTheDate() {
        CourseSession planned = session(publishedModule(), 10, FIRST_MEETING);
        CourseSession cancelled = openSession(3);
        cancelled.cancel(NOW);
        CourseSession completed = openSession(3);
        completed.markCompleted(SECOND_MEETING);

        assertEquals(SessionStatus.PLANNED, planned.statusOn(FIRST_MEETING));
        assertEquals(SessionStatus.CANCELLED, cancelled.statusOn(FIRST_MEETING));
        assertEquals(SessionStatus.COMPLETED, completed.statusOn(TODAY));
    }
}
