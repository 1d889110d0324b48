package dk.kompetence.web.ui;

import dk.kompetence.application.CatalogueService;
import dk.kompetence.application.OrganisationService;
import dk.kompetence.application.PeopleService;
import dk.kompetence.domain.catalogue.Provider;
import dk.kompetence.domain.catalogue.ProviderKind;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionSearch;
import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.person.PersonSearch;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.web.ui.Persona.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo sign-in: one user per role, picked from the demo data. The municipality's real
 * login replaces this page; the rest of the application only knows the {@link Persona}.
 */
@Named
@RequestScoped
public class SignIn {

    public record Choice(String id, Role role, Long personId, Long institutionId, Long providerId, String name,
                         String description) {
    }

    @Inject
    Persona persona;

    @Inject
    PeopleService people;

    @Inject
    OrganisationService organisation;

    @Inject
    CatalogueService catalogue;

    @Inject
    HttpSession session;

    private final List<Choice> choices = new ArrayList<>();

    @PostConstruct
    void findDemoUsers() {
        Optional<Institution> daycare = firstInstitution(InstitutionType.DAYCARE, false);
        Optional<Institution> approving = firstInstitution(null, true);
        daycare.ifPresent(i -> {
            List<Person> staff = staff(i, JobRole.PEDAGOGUE, 2);
            for (int n = 0; n < staff.size(); n++) {
                add("employee" + (n == 0 ? "" : "-" + (n + 1)), Role.EMPLOYEE, staff.get(n), i);
            }
        });
        approving.ifPresent(i -> {
            staff(i, JobRole.LEADER, 1).forEach(p -> add("leader", Role.LEADER, p, i));
            staff(i, null, 20).stream().filter(p -> p.getJobRole() != JobRole.LEADER).findFirst()
                    .ifPresent(p -> add("employee-approval", Role.EMPLOYEE, p, i));
        });
        choices.add(new Choice("hr", Role.HR, null, null, null, "HR-konsulent", "Center for Dagtilbud og Skole"));
        catalogue.providers().stream().filter(p -> p.getKind() == ProviderKind.UNIVERSITY_COLLEGE).findFirst()
                .ifPresent(this::addEducator);
    }

    public String choose(Choice choice) {
        persona.actAs(choice.role(), choice.personId(), choice.institutionId(), choice.providerId(), choice.name());
        return switch (choice.role()) {
            case EMPLOYEE -> "/index?faces-redirect=true";
            case LEADER -> "/team?faces-redirect=true";
            case HR -> "/admin?faces-redirect=true";
            case EDUCATOR -> "/provider?faces-redirect=true";
        };
    }

    public String signOut() {
        persona.signOut();
        session.invalidate();
        return "/login?faces-redirect=true";
    }

    public List<Choice> getChoices() {
        return choices;
    }

    private void add(String id, Role role, Person person, Institution institution) {
        choices.add(new Choice(id, role, person.getId(), institution.getId(), null, person.getFullName(),
                Messages.text("role." + person.getJobRole()) + ", " + institution.getName()));
    }

    private void addEducator(Provider provider) {
        choices.add(new Choice("educator", Role.EDUCATOR, null, null, provider.getId(), "Underviser", provider.getName()));
    }

    private Optional<Institution> firstInstitution(InstitutionType type, boolean approvalRequired) {
        return organisation.institutions(new InstitutionSearch(null, type, null), new PageRequest(0, 200, "name"))
                .items().stream().filter(i -> i.isApprovalRequired() == approvalRequired)
                .filter(i -> !staff(i, null, 1).isEmpty()).findFirst();
    }

    private List<Person> staff(Institution institution, JobRole role, int count) {
        return people.search(new PersonSearch(null, null, role, institution.getId(), LocalDate.now()),
                new PageRequest(0, count, "lastName")).items();
    }
}
