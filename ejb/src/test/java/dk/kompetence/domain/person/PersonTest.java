package dk.kompetence.domain.person;

import static dk.kompetence.domain.Fixtures.TODAY;
import static dk.kompetence.domain.Fixtures.area;
import static dk.kompetence.domain.Fixtures.assertViolates;
import static dk.kompetence.domain.Fixtures.association;
import static dk.kompetence.domain.Fixtures.daycare;
import static dk.kompetence.domain.Fixtures.employee;
import static dk.kompetence.domain.Fixtures.institution;
import static dk.kompetence.domain.Fixtures.otherSchool;
import static dk.kompetence.domain.Fixtures.school;
import static dk.kompetence.domain.Fixtures.volunteer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.domain.Fixtures;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.shared.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static final LocalDate HIRED = LocalDate.of(2019, 8, 1);

    private final Institution skovly = school();
    private final Institution ullerød = otherSchool();

    // ---------------------------------------------------------------- active / leaving

    @Test
    void employeeIsActiveFromTheHireDate() {
        Person søren = employee("Søren", "Østergaard", JobRole.TEACHER, HIRED);

        assertFalse(søren.isActiveOn(HIRED.minusDays(1)));
        assertTrue(søren.isActiveOn(HIRED));
        assertTrue(søren.isActiveOn(TODAY));
    }

    @Test
    void leaverIsActiveUntilTheLastDayInclusive() {
        Person søren = employee("Søren", "Østergaard", JobRole.TEACHER, HIRED);

        søren.leave(TODAY);

        assertEquals(TODAY, søren.getEndDate());
        assertTrue(søren.isActiveOn(TODAY));
        assertFalse(søren.isActiveOn(TODAY.plusDays(1)));
    }

    @Test
    void leavingEndsOpenMemberships() {
        Person søren = employee("Søren", "Østergaard", JobRole.TEACHER, HIRED);
        Membership membership = søren.join(skovly, HIRED, null);

        søren.leave(TODAY);

        assertEquals(TODAY, membership.getEndDate());
        assertEquals(Optional.of(skovly), søren.institutionOn(TODAY));
        assertEquals(Optional.empty(), søren.institutionOn(TODAY.plusDays(1)));
        assertEquals(1, søren.getMemberships().size(), "a leaver keeps their history");
    }

    @Test
    void leavingKeepsAnEarlierMembershipEnd() {
        Person søren = employee("Søren", "Østergaard", JobRole.TEACHER, HIRED);
        Membership earlier = søren.join(skovly, HIRED, null);
        earlier.endOn(LocalDate.of(2022, 12, 31));
        Membership current = søren.join(ullerød, LocalDate.of(2023, 1, 1), null);

        søren.leave(TODAY);

        assertEquals(LocalDate.of(2022, 12, 31), earlier.getEndDate());
        assertEquals(TODAY, current.getEndDate());
    }

    @Test
    void leaverBelongsNowhereAfterTheLastDayEvenWithAMembershipThatHadNotStartedYet() {
        Person søren = employee("Søren", "Østergaard", JobRole.TEACHER, HIRED);
        søren.join(skovly, HIRED, null);
        LocalDate transferDate = TODAY.plusMonths(1);
        søren.join(ullerød, transferDate, null); // agreed transfer, then he resigns instead

        søren.leave(TODAY);

        assertFalse(søren.isActiveOn(transferDate));
        assertEquals(Optional.empty(), søren.institutionOn(transferDate),
                "a person who left today must not belong to an institution next month");
    }

    @Test
    void leavingBeforeTheHireDateIsRefused() {
        Person søren = employee("Søren", "Østergaard", JobRole.TEACHER, HIRED);

        assertViolates(Rule.INVALID_DATES, () -> søren.leave(HIRED.minusDays(1)));
        assertNull(søren.getEndDate());
    }

    @Test
    void membershipDefaultsToFullTime() {
        Person søren = employee("Søren", "Østergaard", JobRole.TEACHER, HIRED);

        assertEquals(BigDecimal.ONE, søren.join(skovly, HIRED, null).getFte());
        assertEquals(new BigDecimal("0.5"), søren.join(ullerød, HIRED, new BigDecimal("0.5")).getFte());
    }

    // ---------------------------------------------------------------- institutionOn

    @Test
    void institutionOnPicksTheNewestActiveMembership() {
        Person åse = employee("Åse", "Jørgensen", JobRole.PEDAGOGUE, HIRED);
        åse.join(ullerød, LocalDate.of(2024, 8, 1), new BigDecimal("0.4"));
        åse.join(skovly, HIRED, new BigDecimal("0.6"));

        assertEquals(Optional.of(ullerød), åse.institutionOn(TODAY));
        assertEquals(Optional.of(skovly), åse.institutionOn(LocalDate.of(2024, 7, 31)));
    }

    @Test
    void institutionOnIgnoresEndedMemberships() {
        Person åse = employee("Åse", "Jørgensen", JobRole.PEDAGOGUE, HIRED);
        åse.join(skovly, HIRED, null);
        Person other = employee("Mette", "Bæk", JobRole.PEDAGOGUE, HIRED);
        other.join(ullerød, LocalDate.of(2025, 1, 1), null);
        other.leave(LocalDate.of(2025, 6, 30));

        assertEquals(Optional.of(skovly), åse.institutionOn(TODAY));
        assertEquals(Optional.empty(), other.institutionOn(TODAY));
        assertEquals(Optional.of(ullerød), other.institutionOn(LocalDate.of(2025, 6, 30)));
    }

    @Test
    void personWithoutMembershipsBelongsNowhere() {
        assertEquals(Optional.empty(), employee("Bjørn", "Høj").institutionOn(TODAY));
    }

    // ---------------------------------------------------------------- volunteers

    @Test
    void volunteerMembershipHasNoWorkingTimeSoItNeverCountsAsAPost() {
        Person frivillig = volunteer("Lærke", "Ødegaard");

        assertNull(frivillig.join(association(), TODAY, BigDecimal.ONE).getFte());
    }

    @Test
    void volunteerJoinsAnAssociation() {
        Person frivillig = volunteer("Lærke", "Ødegaard");
        Institution ørnene = association();

        frivillig.join(ørnene, LocalDate.of(2025, 3, 1), null);

        assertEquals(Optional.of(ørnene), frivillig.institutionOn(TODAY));
        assertTrue(frivillig.isActiveOn(TODAY), "a volunteer has no hire date");
    }

    @Test
    void volunteerCannotJoinAnythingButAnAssociation() {
        Person frivillig = volunteer("Lærke", "Ødegaard");

        assertViolates(Rule.INVALID_TRANSITION, () -> frivillig.join(skovly, TODAY, null));
        assertViolates(Rule.INVALID_TRANSITION,
                () -> frivillig.join(institution("Klub Søndermarken", InstitutionType.YOUTH_CLUB), TODAY, null));
        assertTrue(frivillig.getMemberships().isEmpty());
    }

    @Test
    void volunteerHasNoJobRole() {
        Person frivillig = volunteer("Lærke", "Ødegaard");

        assertViolates(Rule.INVALID_TRANSITION, () -> frivillig.changeRole(JobRole.PEDAGOGUE));
        frivillig.changeRole(null);
        assertNull(frivillig.getJobRole());
        assertEquals(PersonKind.VOLUNTEER, frivillig.getKind());
    }

    @Test
    void employeeCanChangeRole() {
        Person søren = employee("Søren", "Østergaard", JobRole.TEACHER, HIRED);

        søren.changeRole(JobRole.LEADER);

        assertEquals(JobRole.LEADER, søren.getJobRole());
    }

    // ---------------------------------------------------------------- identity

    @Test
    void employeesAreTheSamePersonByEmployeeNumber() {
        Person a = Person.employee("Søren", "Østergaard", "L4711", JobRole.TEACHER, HIRED);
        Person b = Person.employee("Søren K.", "Østergaard", "L4711", JobRole.LEADER, HIRED);
        Person c = Person.employee("Søren", "Østergaard", "L4712", JobRole.TEACHER, HIRED);

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertEquals("Søren Østergaard", a.getFullName());
    }

    @Test
    void volunteersAreTheSamePersonById() {
        Person a = Fixtures.withId(Person.volunteer("Lærke", "Ødegaard", TODAY), 7L);
        Person b = Fixtures.withId(Person.volunteer("Lærke", "Ødegaard", TODAY), 7L);
        Person unsaved1 = Person.volunteer("Lærke", "Ødegaard", TODAY);
        Person unsaved2 = Person.volunteer("Lærke", "Ødegaard", TODAY);

        assertEquals(a, b);
        assertNotEquals(unsaved1, unsaved2);
    }

    // ---------------------------------------------------------------- competence groups

    @Test
    void volunteerBelongsToTheLeisureGroupOnly() {
        Person frivillig = volunteer("Lærke", "Ødegaard");
        frivillig.join(association(), LocalDate.of(2025, 3, 1), null);

        assertEquals(EnumSet.of(CompetenceGroup.LEISURE), frivillig.competenceGroupsOn(TODAY));
    }

    @Test
    void teacherAtASchoolBelongsToAllStaffOnly() {
        Person søren = employee("Søren", "Østergaard", JobRole.TEACHER, HIRED);
        søren.join(skovly, HIRED, null);

        assertEquals(EnumSet.of(CompetenceGroup.ALL_STAFF), søren.competenceGroupsOn(TODAY));
    }

    @Test
    void psychologistBelongsToTheExternalSupportSystem() {
        Person psykolog = employee("Kirsten", "Mølgaard", JobRole.PSYCHOLOGIST, HIRED);
        psykolog.join(institution("PPR Hillerød", InstitutionType.PPR, area("Hillerød Centrum")), HIRED, null);

        assertEquals(EnumSet.of(CompetenceGroup.ALL_STAFF, CompetenceGroup.EXTERNAL_SUPPORT),
                psykolog.competenceGroupsOn(TODAY));
    }

    @Test
    void anyoneWorkingAtFamilyAndHealthBelongsToTheExternalSupportSystem() {
        Person assistent = employee("Jens", "Kjær", JobRole.PEDAGOGICAL_ASSISTANT, HIRED);
        assistent.join(institution("Familier og Sundhed", InstitutionType.FAMILY_AND_HEALTH), HIRED, null);

        assertTrue(assistent.competenceGroupsOn(TODAY).contains(CompetenceGroup.EXTERNAL_SUPPORT));
    }

    @Test
    void resourcePersonAndSpecialProvisionStaffBelongToTheInternalSupportSystem() {
        Person ressource = employee("Åse", "Jørgensen", JobRole.RESOURCE_PERSON, HIRED);
        ressource.join(skovly, HIRED, null);
        Person special = employee("Mette", "Bæk", JobRole.PEDAGOGUE, HIRED);
        special.join(institution("Skolen ved Ådalen", InstitutionType.SPECIAL_PROVISION), HIRED, null);

        assertEquals(EnumSet.of(CompetenceGroup.ALL_STAFF, CompetenceGroup.INTERNAL_SUPPORT),
                ressource.competenceGroupsOn(TODAY));
        assertEquals(EnumSet.of(CompetenceGroup.ALL_STAFF, CompetenceGroup.INTERNAL_SUPPORT),
                special.competenceGroupsOn(TODAY));
    }

    @Test
    void clubAndAfterSchoolStaffBelongToTheLeisureGroupToo() {
        Person klub = employee("Bjørn", "Høj", JobRole.PEDAGOGUE, HIRED);
        klub.join(institution("Klub Søndermarken", InstitutionType.YOUTH_CLUB), HIRED, null);
        Person sfo = employee("Karen", "Skjødt", JobRole.PEDAGOGICAL_ASSISTANT, HIRED);
        sfo.join(institution("SFO Æblehaven", InstitutionType.AFTER_SCHOOL), HIRED, null);

        assertEquals(EnumSet.of(CompetenceGroup.ALL_STAFF, CompetenceGroup.LEISURE), klub.competenceGroupsOn(TODAY));
        assertEquals(EnumSet.of(CompetenceGroup.ALL_STAFF, CompetenceGroup.LEISURE), sfo.competenceGroupsOn(TODAY));
    }

    @Test
    void competenceGroupsFollowTheInstitutionOnTheDate() {
        Person åse = employee("Åse", "Jørgensen", JobRole.PEDAGOGUE, HIRED);
        åse.join(daycare(), HIRED, null);
        åse.join(institution("Klub Søndermarken", InstitutionType.YOUTH_CLUB), LocalDate.of(2026, 1, 1), null);

        assertEquals(EnumSet.of(CompetenceGroup.ALL_STAFF), åse.competenceGroupsOn(LocalDate.of(2025, 12, 31)));
        assertEquals(EnumSet.of(CompetenceGroup.ALL_STAFF, CompetenceGroup.LEISURE), åse.competenceGroupsOn(TODAY));
    }

    @Test
    void employeeWithoutAnInstitutionStillBelongsToAllStaff() {
        Person ssp = employee("Niels", "Brøndum", JobRole.SSP_WORKER, HIRED);

        assertEquals(EnumSet.of(CompetenceGroup.ALL_STAFF, CompetenceGroup.EXTERNAL_SUPPORT),
                ssp.competenceGroupsOn(TODAY));
    }
}
