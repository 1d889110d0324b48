package dk.kompetence.domain.session;

import static dk.kompetence.domain.Fixtures.EVERY_SEAT_FUNDED;
import static dk.kompetence.domain.Fixtures.FIRST_MEETING;
import static dk.kompetence.domain.Fixtures.LEADER;
import static dk.kompetence.domain.Fixtures.NOW;
import static dk.kompetence.domain.Fixtures.SECOND_MEETING;
import static dk.kompetence.domain.Fixtures.TODAY;
import static dk.kompetence.domain.Fixtures.assertSeatsTakenMatchesEnrolments;
import static dk.kompetence.domain.Fixtures.assertViolates;
import static dk.kompetence.domain.Fixtures.daycare;
import static dk.kompetence.domain.Fixtures.employee;
import static dk.kompetence.domain.Fixtures.enrol;
import static dk.kompetence.domain.Fixtures.minutesAfterNow;
import static dk.kompetence.domain.Fixtures.openSession;
import static dk.kompetence.domain.Fixtures.otherSchool;
import static dk.kompetence.domain.Fixtures.publishedModule;
import static dk.kompetence.domain.Fixtures.school;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.shared.Rule;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamEnrolmentTest {

    private final Institution skovly = school();
    private final Person søren = employee("Søren", "Østergaard");
    private final Person åse = employee("Åse", "Jørgensen");
    private final Person mette = employee("Mette", "Bæk");
    private final Person bjørn = employee("Bjørn", "Høj");

    private TeamMember member(Person person, Institution institution) {
        return new TeamMember(person, institution, PersonCommitments.none());
    }

    private List<TeamMember> teamOf(Person... people) {
        return Arrays.stream(people).map(p -> member(p, skovly)).toList();
    }

    @Test
    void allOrNothingConfirmsTheWholeTeamWhenItFits() {
        CourseSession session = openSession(3);

        List<Enrolment> result = session.enrolTeam(teamOf(søren, åse, mette), TeamMode.ALL_OR_NOTHING, TODAY, NOW,
                LEADER);

        assertEquals(3, result.size());
        assertTrue(result.stream().allMatch(e -> e.getStatus() == EnrolmentStatus.CONFIRMED));
        assertTrue(result.stream().allMatch(e -> e.getRequestedBy().equals(LEADER)));
        assertEquals(3, session.getSeatsTaken());
        assertEquals(SessionStatus.FULL, session.getStatus());
    }

    @Test
    void allOrNothingIsRefusedWhenShortAndNothingChanges() {
        CourseSession session = openSession(3);
        enrol(session, bjørn, minutesAfterNow(0));

        assertViolates(Rule.NOT_ENOUGH_SEATS,
                () -> session.enrolTeam(teamOf(søren, åse, mette), TeamMode.ALL_OR_NOTHING, TODAY, NOW, LEADER));

        assertEquals(1, session.getEnrolments().size());
        assertEquals(1, session.getSeatsTaken());
        assertEquals(SessionStatus.OPEN, session.getStatus());
    }

    @Test
    void allOrNothingCountsTheSharedSeatsAcrossInstitutions() {
        // 3 free seats, a team of 2 from Skovlyskolen and 2 from Ullerødskolen: 4 do not fit in 3
        CourseSession session = openSession(3);
        Institution ullerød = otherSchool();
        List<TeamMember> team = List.of(member(søren, skovly), member(åse, skovly), member(mette, ullerød),
                member(bjørn, ullerød));

        assertViolates(Rule.NOT_ENOUGH_SEATS,
                () -> session.enrolTeam(team, TeamMode.ALL_OR_NOTHING, TODAY, NOW, LEADER));

        assertTrue(session.getEnrolments().isEmpty(), "no one may be enrolled when the whole team does not fit");
        assertEquals(0, session.getSeatsTaken());
    }

    @Test
    void allOrNothingMayUseTheTeamsOwnReservedSeats() {
        CourseSession session = openSession(3);
        session.reserve(skovly, 2, EVERY_SEAT_FUNDED);
        enrol(session, bjørn, daycare(), minutesAfterNow(0)); // takes the one unreserved seat

        List<Enrolment> result = session.enrolTeam(teamOf(søren, åse), TeamMode.ALL_OR_NOTHING, TODAY, NOW, LEADER);

        assertTrue(result.stream().allMatch(e -> e.getStatus() == EnrolmentStatus.CONFIRMED));
        assertEquals(3, session.getSeatsTaken());
    }

    @Test
    void allOrNothingMayNotUseSeatsReservedForOthers() {
        CourseSession session = openSession(3);
        session.reserve(daycare(), 2, EVERY_SEAT_FUNDED);

        assertViolates(Rule.NOT_ENOUGH_SEATS,
                () -> session.enrolTeam(teamOf(søren, åse), TeamMode.ALL_OR_NOTHING, TODAY, NOW, LEADER));
        assertTrue(session.getEnrolments().isEmpty());
    }

    @Test
    void splitConfirmsThoseThatFitAndWaitlistsTheRestInOrder() {
        CourseSession session = openSession(3);
        enrol(session, employee("Karen", "Skjødt"), minutesAfterNow(0));

        List<Enrolment> result = session.enrolTeam(teamOf(søren, åse, mette, bjørn), TeamMode.SPLIT, TODAY,
                minutesAfterNow(10), LEADER);

        assertEquals(List.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED,
                EnrolmentStatus.WAITLISTED), result.stream().map(Enrolment::getStatus).toList());
        assertEquals(List.of(søren, åse, mette, bjørn), result.stream().map(Enrolment::getPerson).toList());
        assertEquals(Optional.of(1), session.waitlistPosition(result.get(2)));
        assertEquals(Optional.of(2), session.waitlistPosition(result.get(3)));
        assertEquals(3, session.getSeatsTaken());
        assertSeatsTakenMatchesEnrolments(session);
    }

    @Test
    void splitTeamWaitlistedMembersArePromotedInTeamOrder() {
        CourseSession session = openSession(1);
        List<Enrolment> result = session.enrolTeam(teamOf(søren, åse, mette), TeamMode.SPLIT, TODAY, NOW, LEADER);

        List<Enrolment> promoted = session.cancel(result.get(0), false, TODAY, minutesAfterNow(60), EVERY_SEAT_FUNDED);

        assertEquals(List.of(result.get(1)), promoted);
        assertEquals(Optional.of(1), session.waitlistPosition(result.get(2)));
    }

    @Test
    void teamEnrolmentIsPreApprovedEvenWhenTheModuleRequiresApproval() {
        CourseModule module = publishedModule("KIT-1", "KIT – kontakt i tide", "14", null);
        module.setRules(null, null, true);
        CourseSession session = openSession(module, 5, FIRST_MEETING, SECOND_MEETING);

        List<Enrolment> result = session.enrolTeam(teamOf(søren, åse), TeamMode.SPLIT, TODAY, NOW, LEADER);

        assertTrue(result.stream().allMatch(e -> e.getStatus() == EnrolmentStatus.CONFIRMED));
    }

    @Test
    void memberBreakingARuleRefusesTheWholeTeam() {
        CourseSession session = openSession(5);
        mette.leave(TODAY.minusDays(3));

        assertViolates(Rule.PERSON_NOT_ACTIVE,
                () -> session.enrolTeam(teamOf(søren, åse, mette), TeamMode.SPLIT, TODAY, NOW, LEADER));

        assertTrue(session.getEnrolments().isEmpty());
        assertEquals(0, session.getSeatsTaken());
    }

    @Test
    void memberAlreadyEnrolledRefusesTheWholeTeam() {
        CourseSession session = openSession(5);
        enrol(session, åse, minutesAfterNow(0));

        assertViolates(Rule.ALREADY_ENROLLED,
                () -> session.enrolTeam(teamOf(søren, åse), TeamMode.ALL_OR_NOTHING, TODAY, minutesAfterNow(5),
                        LEADER));

        assertEquals(1, session.getEnrolments().size());
        assertEquals(1, session.getSeatsTaken());
    }

    @Test
    void teamListingTheSamePersonTwiceIsRefusedWithoutEnrollingAnyone() {
        CourseSession session = openSession(5);

        assertViolates(Rule.ALREADY_ENROLLED,
                () -> session.enrolTeam(teamOf(søren, åse, søren), TeamMode.ALL_OR_NOTHING, TODAY, NOW, LEADER));

        assertTrue(session.getEnrolments().isEmpty(), "a refused team must leave no enrolments behind");
        assertEquals(0, session.getSeatsTaken());
    }
}
