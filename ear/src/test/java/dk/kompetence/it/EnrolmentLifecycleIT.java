package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.application.CatalogueService;
import dk.kompetence.application.CompletionForm;
import dk.kompetence.application.EnrolmentRequest;
import dk.kompetence.application.EnrolmentService;
import dk.kompetence.application.MeetingForm;
import dk.kompetence.application.ModuleForm;
import dk.kompetence.application.OrganisationService;
import dk.kompetence.application.PeopleService;
import dk.kompetence.application.PersonForm;
import dk.kompetence.application.SessionPlan;
import dk.kompetence.application.SessionService;
import dk.kompetence.domain.catalogue.DeliveryFormat;
import dk.kompetence.domain.completion.Completion;
import dk.kompetence.domain.organisation.InstitutionSearch;
import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.person.PersonKind;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside WildFly with a settable clock: the services over JPA, transactions and Derby. */
@ExtendWith(ArquillianExtension.class)
class EnrolmentLifecycleIT {

    private static final LocalDate SESSION_DAY = LocalDate.of(2031, 4, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(EnrolmentLifecycleIT.class, SettableClock.class);
    }

    @Inject
    SettableClock clock;

    @Inject
    CatalogueService catalogue;

    @Inject
    SessionService sessions;

    @Inject
    EnrolmentService enrolments;

    @Inject
    PeopleService people;

    @Inject
    OrganisationService organisation;

    @Test
    void completionAfterTheSessionCountsInTheHistoryAndOpensModulesThatRequireIt() {
        AsUser.run("hr", this::completionOpensModulesThatRequireIt);
    }

    @Test
    void cancellingASessionCancelsItsEnrolmentsAndKeepsThemAsHistory() {
        AsUser.run("hr", this::cancelledSessionKeepsItsEnrolments);
    }

    @Test
    void servicesRefuseCallersWithoutTheRightRole() {
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> AsUser.call("medarbejder",
                () -> catalogue.publish(catalogue.providers().get(0).getId())));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> people.search(
                new dk.kompetence.domain.person.PersonSearch(null, null, null, null, null), PageRequest.first(5)));
    }

    private void completionOpensModulesThatRequireIt() {
        clock.setToday(SESSION_DAY.minusMonths(1));
        String run = Long.toString(System.nanoTime(), 36);
        long provider = catalogue.providers().get(0).getId();
        long basics = module("GRUND-" + run, "Relationskompetence – grundmodul", provider, Set.of());
        long advanced = module("VIDERE-" + run, "Relationskompetence – videregående", provider, Set.of(basics));
        long firstSession = session(basics, "H1-" + run, SESSION_DAY);
        long secondSession = session(advanced, "H2-" + run, SESSION_DAY.plusMonths(2));
        long person = employee();

        RuleViolationException early = assertThrows(RuleViolationException.class,
                () -> enrolments.enrol(new EnrolmentRequest(secondSession, person)));
        assertEquals(Rule.PREREQUISITE_MISSING, early.rule());
        assertTrue(early.getMessage().contains("Relationskompetence – grundmodul"), early.getMessage());

        Enrolment enrolment = enrolments.enrol(new EnrolmentRequest(firstSession, person));
        assertEquals(EnrolmentStatus.CONFIRMED, enrolment.getStatus());

        clock.setToday(SESSION_DAY.plusDays(1));
        Enrolment completed = enrolments.complete(enrolment.getId(), new CompletionForm(SESSION_DAY, null));
        assertEquals(EnrolmentStatus.COMPLETED, completed.getStatus());
        List<Completion> history = people.history(person);
        assertEquals(1, history.size());
        assertEquals(0, new BigDecimal("6.0").compareTo(history.get(0).getHours()), "the module's hours by default");

        Enrolment next = enrolments.enrol(new EnrolmentRequest(secondSession, person));
        assertEquals(EnrolmentStatus.CONFIRMED, next.getStatus());
    }

    private void cancelledSessionKeepsItsEnrolments() {
        clock.setToday(SESSION_DAY.minusMonths(1));
        String run = Long.toString(System.nanoTime(), 36);
        long provider = catalogue.providers().get(0).getId();
        long session = session(module("AFLYST-" + run, "Fair Proces i praksis", provider, Set.of()), "H3-" + run,
                SESSION_DAY.plusDays(3));
        long person = employee();
        Enrolment enrolment = enrolments.enrol(new EnrolmentRequest(session, person));

        sessions.cancel(session);

        assertEquals(EnrolmentStatus.CANCELLED, enrolments.enrolment(enrolment.getId()).getStatus());
        assertEquals(1, sessions.session(session).getEnrolments().size(), "kept, not deleted");
    }

    private long module(String code, String title, long provider, Set<Long> prerequisites) {
        long id = catalogue.createDraft(new ModuleForm(code, title, "Et modul fra Stærke Fællesskaber", provider,
                DeliveryFormat.IN_PERSON, new BigDecimal("6"), null, 36, null, false, Set.of(), Set.of(), Set.of(),
                Set.of(), prerequisites)).getId();
        catalogue.publish(id);
        return id;
    }

    private long session(long module, String code, LocalDate day) {
        return sessions.plan(new SessionPlan(module, code, 10, day.minusDays(7), day.minusDays(3),
                List.of(new MeetingForm(day, LocalTime.of(9, 0), LocalTime.of(15, 0), "Kulturhuset, sal 1", null)),
                "Pia Ørsted", Map.of(), true)).getId();
    }

    private long employee() {
        long school = organisation.institutions(new InstitutionSearch(null, InstitutionType.SCHOOL, null),
                PageRequest.first(50)).items().stream().filter(i -> !i.isApprovalRequired()).findFirst()
                .orElseThrow().getId();
        return people.create(new PersonForm(PersonKind.EMPLOYEE, "Kirsten", "Møller", null, null, null,
                JobRole.TEACHER, LocalDate.of(2015, 8, 1), null, school, BigDecimal.ONE)).getId();
    }
}
