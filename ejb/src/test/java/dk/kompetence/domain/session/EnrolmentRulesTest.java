package dk.kompetence.domain.session;

import static dk.kompetence.domain.Fixtures.EVERY_SEAT_FUNDED;
import static dk.kompetence.domain.Fixtures.ENROLMENT_DEADLINE;
import static dk.kompetence.domain.Fixtures.FIRST_MEETING;
import static dk.kompetence.domain.Fixtures.HR;
import static dk.kompetence.domain.Fixtures.NOW;
import static dk.kompetence.domain.Fixtures.SECOND_MEETING;
import static dk.kompetence.domain.Fixtures.TODAY;
import static dk.kompetence.domain.Fixtures.assertSeatsTakenMatchesEnrolments;
import static dk.kompetence.domain.Fixtures.assertViolates;
import static dk.kompetence.domain.Fixtures.employee;
import static dk.kompetence.domain.Fixtures.enrol;
import static dk.kompetence.domain.Fixtures.meeting;
import static dk.kompetence.domain.Fixtures.minutesAfterNow;
import static dk.kompetence.domain.Fixtures.openSession;
import static dk.kompetence.domain.Fixtures.publishedModule;
import static dk.kompetence.domain.Fixtures.school;
import static dk.kompetence.domain.Fixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrolmentRulesTest {

    private final Person søren = employee("Søren", "Østergaard");
    private final Person åse = employee("Åse", "Jørgensen");
    private final Person mette = employee("Mette", "Bæk");

    @Test
    void enrolmentOnAnOpenSessionWithFreeSeatsIsConfirmedAndTakesASeat() {
        CourseSession session = openSession(3);
        Institution skovly = school();

        Enrolment enrolment = enrol(session, søren, skovly, NOW);

        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
        assertSame(session, enrolment.getSession());
        assertEquals(skovly, enrolment.getInstitution());
        assertEquals(NOW, enrolment.getRequestedAt());
        assertEquals(HR, enrolment.getRequestedBy());
        assertEquals(1, session.getSeatsTaken());
        assertEquals(2, session.freeSeats());
        assertEquals(SessionStatus.OPEN, session.getStatus());
    }

    @Test
    void lastSeatGoesToFirstRequestAndNextIsWaitlisted() {
        CourseSession session = openSession(2);
        enrol(session, søren, minutesAfterNow(0));

        Enrolment first = enrol(session, åse, minutesAfterNow(1));
        Enrolment next = enrol(session, mette, minutesAfterNow(2));

        assertEquals(EnrolmentStatus.CONFIRMED, first.getStatus());
        assertEquals(EnrolmentStatus.WAITLISTED, next.getStatus());
        assertEquals(2, session.getSeatsTaken());
        assertEquals(0, session.freeSeats());
        assertEquals(SessionStatus.FULL, session.getStatus());
        assertSeatsTakenMatchesEnrolments(session);
    }

    @Test
    void fullSessionStillAcceptsEnrolmentsToTheWaitlist() {
        CourseSession session = openSession(1);
        enrol(session, søren, minutesAfterNow(0));
        assertEquals(SessionStatus.FULL, session.getStatus());

        Enrolment waitlisted = enrol(session, åse, minutesAfterNow(1));

        assertEquals(EnrolmentStatus.WAITLISTED, waitlisted.getStatus());
        assertEquals(1, session.getSeatsTaken());
    }

    @Test
    void plannedSessionIsNotOpenForEnrolment() {
        CourseSession planned = session(publishedModule(), 10, FIRST_MEETING);

        assertViolates(Rule.SESSION_NOT_OPEN, () -> enrol(planned, søren, NOW));
        assertTrue(planned.getEnrolments().isEmpty());
    }

    @Test
    void cancelledSessionIsNotOpenForEnrolment() {
        CourseSession session = openSession(10);
        session.cancel(NOW);

        assertViolates(Rule.SESSION_NOT_OPEN, () -> enrol(session, søren, NOW));
    }

    @Test
    void enrolmentOnTheDeadlineDayIsAccepted() {
        CourseSession session = openSession(10);

        Enrolment enrolment = session.enrol(søren, null, PersonCommitments.none(), false, ENROLMENT_DEADLINE,
                NOW, HR);

        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
    }

    @Test
    void enrolmentAfterTheDeadlineIsRefused() {
        CourseSession session = openSession(10);

        assertViolates(Rule.ENROLMENT_DEADLINE_PASSED, () -> session.enrol(søren, null, PersonCommitments.none(),
                false, ENROLMENT_DEADLINE.plusDays(1), NOW, HR));
        assertTrue(session.getEnrolments().isEmpty());
    }

    @Test
    void enrolmentOnTheFirstMeetingDayIsRefusedBecauseTheSessionHasStarted() {
        // deadlines on the first day so only "started" can refuse
        CourseSession session = session(publishedModule(), 10, FIRST_MEETING, FIRST_MEETING,
                List.of(meeting(FIRST_MEETING)));
        session.open();

        assertViolates(Rule.SESSION_ALREADY_STARTED, () -> session.enrol(søren, null, PersonCommitments.none(),
                false, FIRST_MEETING, NOW, HR));
    }

    @Test
    void personWhoHasLeftCannotEnrol() {
        CourseSession session = openSession(10);
        søren.leave(TODAY.minusDays(1));

        assertViolates(Rule.PERSON_NOT_ACTIVE, () -> enrol(session, søren, NOW));
        assertTrue(session.getEnrolments().isEmpty());
    }

    @Test
    void personLeavingBeforeTheSessionStartsCannotEnrol() {
        CourseSession session = openSession(10);
        søren.leave(TODAY);

        assertViolates(Rule.PERSON_NOT_ACTIVE, () -> enrol(session, søren, NOW));
    }

    @Test
    void personLeavingOnTheFirstMeetingDayMayStillEnrol() {
        CourseSession session = openSession(10);
        søren.leave(session.getStartsOn());

        assertEquals(EnrolmentStatus.CONFIRMED, enrol(session, søren, NOW).getStatus());
    }

    @Test
    void personNotYetHiredCannotEnrol() {
        CourseSession session = openSession(10);
        Person newcomer = employee("Ænne", "Nørgaard", JobRole.TEACHER,
                TODAY.plusDays(1));

        assertViolates(Rule.PERSON_NOT_ACTIVE, () -> enrol(session, newcomer, NOW));
    }

    @Test
    void alreadyEnrolledInTheSameModuleOnAnotherSessionIsRefused() {
        CourseSession session = openSession(10);
        PersonCommitments enrolledElsewhere = new PersonCommitments(Set.of(session.getModule().getId()), List.of(),
                Set.of());

        assertViolates(Rule.ALREADY_ENROLLED,
                () -> session.enrol(søren, null, enrolledElsewhere, false, TODAY, NOW, HR));
        assertTrue(session.getEnrolments().isEmpty());
    }

    @Test
    void activeEnrolmentInAnotherModuleDoesNotBlock() {
        CourseSession session = openSession(10);
        CourseModule other = publishedModule("COT-1", "Co-teaching i praksis", "7", null);
        PersonCommitments elsewhere = new PersonCommitments(Set.of(other.getId()), List.of(), Set.of());

        Enrolment enrolment = session.enrol(søren, null, elsewhere, false, TODAY, NOW, HR);

        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
    }

    @Test
    void alreadyEnrolledInTheSameSessionIsRefused() {
        CourseSession session = openSession(10);
        enrol(session, søren, minutesAfterNow(0));

        assertViolates(Rule.ALREADY_ENROLLED, () -> enrol(session, søren, minutesAfterNow(5)));
        assertEquals(1, session.getEnrolments().size());
        assertEquals(1, session.getSeatsTaken());
    }

    @Test
    void waitlistedPersonCannotEnrolAgainInTheSameSession() {
        CourseSession session = openSession(1);
        enrol(session, åse, minutesAfterNow(0));
        enrol(session, søren, minutesAfterNow(1));

        assertViolates(Rule.ALREADY_ENROLLED, () -> enrol(session, søren, minutesAfterNow(2)));
    }

    @Test
    void personMayEnrolAgainAfterCancelling() {
        CourseSession session = openSession(10);
        Enrolment first = enrol(session, søren, minutesAfterNow(0));
        session.cancel(first, false, TODAY, minutesAfterNow(1), EVERY_SEAT_FUNDED);

        Enrolment again = enrol(session, søren, minutesAfterNow(2));

        assertEquals(EnrolmentStatus.CONFIRMED, again.getStatus());
        assertEquals(1, session.getSeatsTaken());
        assertSeatsTakenMatchesEnrolments(session);
    }

    @Test
    void overlappingMeetingOnTheSameDateIsRefused() {
        CourseSession session = openSession(10); // 09:00-15:00 on both dates
        TimeSlot busy = new TimeSlot(SECOND_MEETING, LocalTime.of(14, 0), LocalTime.of(16, 0));
        PersonCommitments commitments = new PersonCommitments(Set.of(), List.of(busy), Set.of());

        RuleViolationException e = assertViolates(Rule.OVERLAPPING_MEETINGS,
                () -> session.enrol(søren, null, commitments, false, TODAY, NOW, HR));
        assertTrue(e.getMessage().contains(SECOND_MEETING.toString()), e.getMessage());
        assertTrue(session.getEnrolments().isEmpty());
    }

    @Test
    void meetingEndingWhenAnotherStartsDoesNotOverlap() {
        CourseSession session = openSession(10); // 09:00-15:00
        TimeSlot before = new TimeSlot(FIRST_MEETING, LocalTime.of(8, 0), LocalTime.of(9, 0));
        TimeSlot after = new TimeSlot(FIRST_MEETING, LocalTime.of(15, 0), LocalTime.of(17, 0));
        PersonCommitments commitments = new PersonCommitments(Set.of(), List.of(before, after), Set.of());

        Enrolment enrolment = session.enrol(søren, null, commitments, false, TODAY, NOW, HR);

        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
    }

    @Test
    void sameTimeOnAnotherDateDoesNotOverlap() {
        CourseSession session = openSession(10);
        TimeSlot otherDay = new TimeSlot(FIRST_MEETING.plusDays(1), LocalTime.of(9, 0), LocalTime.of(15, 0));
        PersonCommitments commitments = new PersonCommitments(Set.of(), List.of(otherDay), Set.of());

        Enrolment enrolment = session.enrol(søren, null, commitments, false, TODAY, NOW, HR);

        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
    }

    @Test
    void missingPrerequisiteIsRefusedAndNamesTheModule() {
        CourseModule basic = publishedModule("NEU-1", "Neuroaffektiv udviklingspsykologi – grundforløb", "21", null);
        CourseModule advanced = publishedModule("NEU-2", "Neuroaffektiv udviklingspsykologi – overbygning", "14",
                null);
        advanced.require(Set.of(basic));
        CourseSession session = openSession(advanced, 10, FIRST_MEETING);

        RuleViolationException e = assertViolates(Rule.PREREQUISITE_MISSING, () -> enrol(session, søren, NOW));
        assertTrue(e.getMessage().contains("Neuroaffektiv udviklingspsykologi – grundforløb"), e.getMessage());
        assertTrue(session.getEnrolments().isEmpty());
    }

    @Test
    void validCompletionOfThePrerequisiteAllowsEnrolment() {
        CourseModule basic = publishedModule("NEU-1", "Neuroaffektiv udviklingspsykologi – grundforløb", "21", null);
        CourseModule advanced = publishedModule("NEU-2", "Neuroaffektiv udviklingspsykologi – overbygning", "14",
                null);
        advanced.require(Set.of(basic));
        CourseSession session = openSession(advanced, 10, FIRST_MEETING);
        PersonCommitments hasBasic = new PersonCommitments(Set.of(), List.of(), Set.of(basic.getId()));

        Enrolment enrolment = session.enrol(søren, null, hasBasic, false, TODAY, NOW, HR);

        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
    }

    @Test
    void enrolmentOfAnotherSessionIsNotAccepted() {
        CourseSession one = openSession(5);
        CourseSession other = openSession(5);
        Enrolment foreign = enrol(other, søren, NOW);

        assertThrows(IllegalArgumentException.class,
                () -> one.cancel(foreign, false, TODAY, NOW, EVERY_SEAT_FUNDED));
        assertEquals(EnrolmentStatus.CONFIRMED, foreign.getStatus());
    }
}
