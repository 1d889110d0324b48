package dk.kompetence.domain.catalogue;

import static dk.kompetence.domain.Fixtures.assertViolates;
import static dk.kompetence.domain.Fixtures.draftModule;
import static dk.kompetence.domain.Fixtures.provider;
import static dk.kompetence.domain.Fixtures.publishedModule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.person.PersonKind;
import dk.kompetence.domain.shared.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseModuleTest {

    private static final LocalDate COMPLETED_ON = LocalDate.of(2024, 3, 15);

    private static CourseModule draft() {
        return draftModule("REL-1", "Relationel kompetence – grundmodul", "14");
    }

    // ---------------------------------------------------------------- status transitions

    @Test
    void newModuleIsADraft() {
        assertEquals(ModuleStatus.DRAFT, draft().getStatus());
    }

    @Test
    void draftIsSubmittedThenPublishedThenRetired() {
        CourseModule module = draft();

        module.submit();
        assertEquals(ModuleStatus.SUBMITTED, module.getStatus());
        module.publish();
        assertEquals(ModuleStatus.PUBLISHED, module.getStatus());
        module.retire();
        assertEquals(ModuleStatus.RETIRED, module.getStatus());
    }

    @Test
    void draftMayBePublishedDirectly() {
        CourseModule module = draft();

        module.publish();

        assertEquals(ModuleStatus.PUBLISHED, module.getStatus());
    }

    @Test
    void onlyADraftCanBeSubmitted() {
        CourseModule submitted = draft();
        submitted.submit();
        CourseModule published = publishedModule();

        assertViolates(Rule.INVALID_TRANSITION, submitted::submit);
        assertViolates(Rule.INVALID_TRANSITION, published::submit);
        assertEquals(ModuleStatus.PUBLISHED, published.getStatus());
    }

    @Test
    void publishedOrRetiredModuleCannotBePublishedAgain() {
        CourseModule published = publishedModule();
        CourseModule retired = publishedModule();
        retired.retire();

        assertViolates(Rule.INVALID_TRANSITION, published::publish);
        assertViolates(Rule.INVALID_TRANSITION, retired::publish);
        assertEquals(ModuleStatus.RETIRED, retired.getStatus());
    }

    @Test
    void onlyAPublishedModuleCanBeRetired() {
        CourseModule module = draft();

        assertViolates(Rule.INVALID_TRANSITION, module::retire);
        module.submit();
        assertViolates(Rule.INVALID_TRANSITION, module::retire);
        assertEquals(ModuleStatus.SUBMITTED, module.getStatus());
    }

    @Test
    void moduleMustGiveAPositiveNumberOfHours() {
        Provider provider = provider();

        assertThrows(IllegalArgumentException.class,
                () -> new CourseModule("X-1", "Tom", provider, DeliveryFormat.ONLINE, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new CourseModule("X-1", "Tom", provider, DeliveryFormat.ONLINE, null));
        CourseModule module = draft();
        assertThrows(IllegalArgumentException.class,
                () -> module.describe("Ny titel", null, DeliveryFormat.ONLINE, new BigDecimal("-1"), null));
        assertEquals(new BigDecimal("14"), module.getHours());
    }

    // ---------------------------------------------------------------- renewal

    @Test
    void completionIsValidUntilTheDayBeforeTheRenewalAnniversary() {
        CourseModule module = publishedModule("FOR-1", "Førstehjælp til børn", "7", 24);

        assertEquals(LocalDate.of(2026, 3, 14), module.validUntil(COMPLETED_ON));
    }

    @Test
    void completionIsValidOnTheLastDay() {
        CourseModule module = publishedModule("FOR-1", "Førstehjælp til børn", "7", 24);

        assertTrue(module.isValidOn(COMPLETED_ON, LocalDate.of(2026, 3, 14)));
    }

    @Test
    void completionHasExpiredTheDayAfterTheLastDay() {
        CourseModule module = publishedModule("FOR-1", "Førstehjælp til børn", "7", 24);

        assertFalse(module.isValidOn(COMPLETED_ON, LocalDate.of(2026, 3, 15)));
    }

    @Test
    void completionIsValidFromTheDayItWasCompleted() {
        CourseModule module = publishedModule("FOR-1", "Førstehjælp til børn", "7", 24);

        assertTrue(module.isValidOn(COMPLETED_ON, COMPLETED_ON));
        assertFalse(module.isValidOn(COMPLETED_ON, COMPLETED_ON.minusDays(1)));
    }

    @Test
    void completionNeverExpiresWithoutARenewalPeriod() {
        CourseModule module = publishedModule("REL-9", "Relationel kompetence – grundmodul", "14", null);

        assertNull(module.validUntil(COMPLETED_ON));
        assertTrue(module.isValidOn(COMPLETED_ON, LocalDate.of(2074, 12, 31)));
        assertFalse(module.isValidOn(COMPLETED_ON, COMPLETED_ON.minusDays(1)));
    }

    @Test
    void renewalPeriodCanBeChanged() {
        CourseModule module = publishedModule("FOR-1", "Førstehjælp til børn", "7", null);

        module.setRules(12, 6, true);

        assertEquals(12, module.getRenewalMonths());
        assertEquals(6, module.getMandatoryWithinMonths());
        assertTrue(module.isApprovalRequired());
        assertEquals(LocalDate.of(2025, 3, 14), module.validUntil(COMPLETED_ON));
    }

    // ---------------------------------------------------------------- audience

    @Test
    void moduleWithoutAudienceIsMeantForEveryone() {
        CourseModule module = draft();

        assertTrue(module.isMeantFor(AudienceRole.TEACHER, InstitutionType.SCHOOL));
        assertTrue(module.isMeantFor(AudienceRole.VOLUNTEER, InstitutionType.ASSOCIATION));
        assertTrue(module.isMeantFor(AudienceRole.PSYCHOLOGIST, null));
    }

    @Test
    void moduleIsMeantOnlyForItsRoles() {
        CourseModule module = draft();
        module.target(EnumSet.of(AudienceRole.PEDAGOGUE, AudienceRole.PEDAGOGICAL_ASSISTANT), Set.of());

        assertTrue(module.isMeantFor(AudienceRole.PEDAGOGUE, InstitutionType.DAYCARE));
        assertFalse(module.isMeantFor(AudienceRole.TEACHER, InstitutionType.DAYCARE));
    }

    @Test
    void moduleIsMeantOnlyForItsInstitutionTypes() {
        CourseModule module = draft();
        module.target(Set.of(), EnumSet.of(InstitutionType.DAYCARE));

        assertTrue(module.isMeantFor(AudienceRole.PEDAGOGUE, InstitutionType.DAYCARE));
        assertFalse(module.isMeantFor(AudienceRole.PEDAGOGUE, InstitutionType.SCHOOL));
    }

    @Test
    void unknownPlaceDoesNotExcludeSomeone() {
        CourseModule module = draft();
        module.target(EnumSet.of(AudienceRole.PEDAGOGUE), EnumSet.of(InstitutionType.DAYCARE));

        assertTrue(module.isMeantFor(AudienceRole.PEDAGOGUE, null));
        assertFalse(module.isMeantFor(AudienceRole.TEACHER, null));
    }

    @Test
    void volunteersHaveTheVolunteerAudienceRoleAndEmployeesTheirJobRole() {
        assertEquals(AudienceRole.VOLUNTEER, AudienceRole.of(PersonKind.VOLUNTEER, null));
        assertEquals(AudienceRole.SSP_WORKER, AudienceRole.of(PersonKind.EMPLOYEE, JobRole.SSP_WORKER));
        for (JobRole role : JobRole.values()) {
            assertEquals(role.name(), AudienceRole.of(PersonKind.EMPLOYEE, role).name());
        }
    }

    // ---------------------------------------------------------------- prerequisites

    @Test
    void prerequisitesAreReplacedAsAWhole() {
        CourseModule basic = publishedModule("NEU-1", "Neuroaffektiv udviklingspsykologi – grundforløb", "21", null);
        CourseModule other = publishedModule("COT-1", "Co-teaching i praksis", "7", null);
        CourseModule advanced = draftModule("NEU-2", "Neuroaffektiv udviklingspsykologi – overbygning", "14");

        advanced.require(Set.of(basic, other));
        assertEquals(Set.of(basic, other), advanced.getPrerequisites());
        advanced.require(Set.of(basic));
        assertEquals(Set.of(basic), advanced.getPrerequisites());
        advanced.require(Set.of());
        assertTrue(advanced.getPrerequisites().isEmpty());
    }

    @Test
    void moduleCannotBeItsOwnPrerequisite() {
        CourseModule module = draft();
        CourseModule other = publishedModule("COT-1", "Co-teaching i praksis", "7", null);

        assertViolates(Rule.INVALID_TRANSITION, () -> module.require(Set.of(module, other)));
        assertTrue(module.getPrerequisites().isEmpty());
    }

    @Test
    void tagsAreReplacedAsAWhole() {
        CourseModule module = draft();

        module.tag(EnumSet.of(Approach.MARTE_MEO, Approach.KIT));
        module.tag(EnumSet.of(Approach.NEST));

        assertEquals(Set.of(Approach.NEST), module.getApproaches());
        module.tag(null);
        assertTrue(module.getApproaches().isEmpty());
    }
}
