package dk.kompetence.domain.session;

import static dk.kompetence.domain.Fixtures.FIRST_MEETING;
import static dk.kompetence.domain.Fixtures.HR;
import static dk.kompetence.domain.Fixtures.LEADER;
import static dk.kompetence.domain.Fixtures.NOW;
import static dk.kompetence.domain.Fixtures.SECOND_MEETING;
import static dk.kompetence.domain.Fixtures.TODAY;
import static dk.kompetence.domain.Fixtures.assertSeatsTakenMatchesEnrolments;
import static dk.kompetence.domain.Fixtures.assertViolates;
import static dk.kompetence.domain.Fixtures.employee;
import static dk.kompetence.domain.Fixtures.enrol;
import static dk.kompetence.domain.Fixtures.minutesAfterNow;
import static dk.kompetence.domain.Fixtures.openSession;
import static dk.kompetence.domain.Fixtures.publishedModule;
import static dk.kompetence.domain.Fixtures.school;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.shared.Rule;
import org.junit.jupiter.api.Test;

class ApprovalTest {

    private final Person søren = employee("Søren", "Østergaard");
    private final Person åse = employee("Åse", "Jørgensen");
    private final Person mette = employee("Mette", "Bæk");

    private static CourseSession sessionNeedingApproval(int seats) {
        CourseModule module = publishedModule("MAR-1", "Marte Meo – praktiker", "28", null);
        module.setRules(null, null, true);
        return openSession(module, seats, FIRST_MEETING, SECOND_MEETING);
    }

    @Test
    void moduleRequiringApprovalMakesARequestThatHoldsNoSeat() {
        CourseSession session = sessionNeedingApproval(1);

        Enrolment request = enrol(session, søren, NOW);

        assertEquals(EnrolmentStatus.REQUESTED, request.getStatus());
        assertEquals(0, session.getSeatsTaken());
        assertEquals(1, session.freeSeats());
        assertTrue(session.waitlistPosition(request).isEmpty());
        assertEquals(SessionStatus.OPEN, session.getStatus());
    }

    @Test
    void requestDoesNotKeepOthersFromTakingTheSeat() {
        CourseSession session = sessionNeedingApproval(1);
        enrol(session, søren, minutesAfterNow(0));

        Enrolment other = session.enrol(åse, null, PersonCommitments.none(), true, TODAY, minutesAfterNow(1), HR);

        assertEquals(EnrolmentStatus.CONFIRMED, other.getStatus());
        assertEquals(1, session.getSeatsTaken());
    }

    @Test
    void institutionRequiringApprovalMakesARequest() {
        CourseSession session = openSession(5);
        Institution skovly = school();
        skovly.requireApproval(true);

        Enrolment request = enrol(session, søren, skovly, NOW);

        assertEquals(EnrolmentStatus.REQUESTED, request.getStatus());
        assertEquals(0, session.getSeatsTaken());
    }

    @Test
    void enrolmentApprovedInAdvanceSkipsTheRequest() {
        CourseSession session = sessionNeedingApproval(5);

        Enrolment enrolment = session.enrol(søren, null, PersonCommitments.none(), true, TODAY, NOW, LEADER);

        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());
        assertEquals(1, session.getSeatsTaken());
    }

    @Test
    void approvalGivesASeatWhenOneIsFree() {
        CourseSession session = sessionNeedingApproval(2);
        Enrolment request = enrol(session, søren, NOW);

        session.approve(request, LEADER, "God idé", TODAY, minutesAfterNow(60));

        assertEquals(EnrolmentStatus.CONFIRMED, request.getStatus());
        assertEquals(LEADER, request.getDecidedBy());
        assertEquals("God idé", request.getDecisionComment());
        assertEquals(minutesAfterNow(60), request.getDecidedAt());
        assertEquals(1, session.getSeatsTaken());
        assertSeatsTakenMatchesEnrolments(session);
    }

    @Test
    void approvalTakingTheLastSeatMakesTheSessionFull() {
        CourseSession session = sessionNeedingApproval(1);
        Enrolment request = enrol(session, søren, NOW);

        session.approve(request, LEADER, null, TODAY, minutesAfterNow(60));

        assertEquals(SessionStatus.FULL, session.getStatus());
    }

    @Test
    void approvalWaitlistsWhenTheSessionIsFull() {
        CourseSession session = sessionNeedingApproval(1);
        Enrolment request = enrol(session, søren, minutesAfterNow(0));
        session.enrol(åse, null, PersonCommitments.none(), true, TODAY, minutesAfterNow(1), HR);

        session.approve(request, LEADER, null, TODAY, minutesAfterNow(60));

        assertEquals(EnrolmentStatus.WAITLISTED, request.getStatus());
        assertEquals(1, session.waitlistPosition(request).orElseThrow());
        assertEquals(1, session.getSeatsTaken());
    }

    @Test
    void approvalAfterTheSessionStartedIsRefused() {
        CourseSession session = sessionNeedingApproval(5);
        Enrolment request = enrol(session, søren, NOW);

        assertViolates(Rule.SESSION_ALREADY_STARTED,
                () -> session.approve(request, LEADER, null, FIRST_MEETING, FIRST_MEETING.atTime(8, 0)));
        assertEquals(EnrolmentStatus.REQUESTED, request.getStatus());
    }

    @Test
    void approvalNeedsARequestedEnrolment() {
        CourseSession session = openSession(5);
        Enrolment confirmed = enrol(session, søren, NOW);

        assertViolates(Rule.INVALID_TRANSITION,
                () -> session.approve(confirmed, LEADER, null, TODAY, minutesAfterNow(1)));
        assertEquals(1, session.getSeatsTaken());
    }

    @Test
    void rejectionRecordsTheDecisionAndHoldsNoSeat() {
        CourseSession session = sessionNeedingApproval(5);
        Enrolment request = enrol(session, søren, NOW);

        session.reject(request, LEADER, "Ikke i år", minutesAfterNow(30));

        assertEquals(EnrolmentStatus.REJECTED, request.getStatus());
        assertEquals(LEADER, request.getDecidedBy());
        assertEquals("Ikke i år", request.getDecisionComment());
        assertEquals(0, session.getSeatsTaken());
        assertNull(request.getCancelledAt());
    }

    @Test
    void rejectedPersonMayAskAgain() {
        CourseSession session = sessionNeedingApproval(5);
        Enrolment request = enrol(session, søren, minutesAfterNow(0));
        session.reject(request, LEADER, null, minutesAfterNow(30));

        Enrolment again = enrol(session, søren, minutesAfterNow(60));

        assertEquals(EnrolmentStatus.REQUESTED, again.getStatus());
    }

    @Test
    void rejectionNeedsARequestedEnrolment() {
        CourseSession session = openSession(5);
        Enrolment confirmed = enrol(session, søren, NOW);

        assertViolates(Rule.INVALID_TRANSITION, () -> session.reject(confirmed, LEADER, null, minutesAfterNow(1)));
        assertEquals(EnrolmentStatus.CONFIRMED, confirmed.getStatus());
        assertEquals(1, session.getSeatsTaken());
    }

    @Test
    void rejectionOfAWaitlistedEnrolmentIsRefused() {
        CourseSession session = openSession(1);
        enrol(session, åse, minutesAfterNow(0));
        Enrolment waitlisted = enrol(session, mette, minutesAfterNow(1));

        assertViolates(Rule.INVALID_TRANSITION, () -> session.reject(waitlisted, LEADER, null, minutesAfterNow(2)));
        assertEquals(EnrolmentStatus.WAITLISTED, waitlisted.getStatus());
    }
}
