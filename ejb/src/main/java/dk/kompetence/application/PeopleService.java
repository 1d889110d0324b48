package dk.kompetence.application;

import static dk.kompetence.application.OrganisationService.blankToNull;
import static dk.kompetence.application.UnknownEntityException.unknown;

import dk.kompetence.domain.completion.Completion;
import dk.kompetence.domain.completion.CompletionRepository;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionRepository;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.person.PersonKind;
import dk.kompetence.domain.person.PersonRepository;
import dk.kompetence.domain.person.PersonSearch;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

@Stateless
@RolesAllowed({CurrentUser.EMPLOYEE, CurrentUser.VOLUNTEER, CurrentUser.LEADER, CurrentUser.HR})
public class PeopleService {

    @Inject
    PersonRepository people;

    @Inject
    InstitutionRepository institutions;

    @Inject
    CompletionRepository completions;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    CoverageSummaryUpdates coverageSummary;

    @Inject
    CurrentUser currentUser;

    /** HR searches everyone; a leader only the people of an institution they lead. */
    @RolesAllowed({CurrentUser.LEADER, CurrentUser.HR})
    public Page<Person> search(@NotNull @Valid PersonSearch search, @NotNull @Valid PageRequest page) {
        if (!currentUser.isHr()) {
            Long institution = search.institutionId() != null ? search.institutionId()
                    : currentUser.ledInstitutions().stream().min(Long::compare).orElse(null);
            currentUser.requireHrOrLeaderOf(institution);
            search = new PersonSearch(search.text(), search.kind(), search.role(), institution, search.activeOn());
        }
        return people.search(search, page);
    }

    public Person person(long id) {
        Person person = people.find(id).orElseThrow(unknown("Person", id));
        currentUser.requireMayActFor(person);
        return person;
    }

    @RolesAllowed(CurrentUser.HR)
    public Person create(@NotNull @Valid PersonForm form) {
        Institution institution = institutions.find(form.institutionId())
                .orElseThrow(unknown("Institution", form.institutionId()));
        Person person = form.kind() == PersonKind.EMPLOYEE
                ? Person.employee(form.firstName().strip(), form.lastName().strip(), blankToNull(form.employeeNumber()),
                        form.role(), form.hireDate())
                : Person.volunteer(form.firstName().strip(), form.lastName().strip(), form.consentDate());
        person.contact(blankToNull(form.email()), blankToNull(form.phone()));
        person.join(institution, form.kind() == PersonKind.EMPLOYEE ? form.hireDate() : form.consentDate(), form.fte());
        people.add(person);
        entityManager.flush();
        coverageSummary.personChanged(person.getId());
        audit.record("PERSON_CREATED", "Person", person.getId(), person.getId(), person.getKind().name());
        return person;
    }

    @RolesAllowed(CurrentUser.HR)
    public Person update(long id, long expectedVersion, @NotNull @Valid PersonChanges changes) {
        Person person = person(id);
        Versions.check("Personen", person.getVersion(), expectedVersion);
        person.rename(changes.firstName().strip(), changes.lastName().strip());
        person.contact(blankToNull(changes.email()), blankToNull(changes.phone()));
        if (person.getKind() == PersonKind.EMPLOYEE && changes.role() != null) {
            person.changeRole(changes.role());
        }
        if (changes.endDate() != null) {
            person.leave(changes.endDate());
        }
        coverageSummary.personChanged(person.getId());
        audit.record("PERSON_CHANGED", "Person", person.getId(), person.getId(),
                changes.endDate() == null ? "personoplysninger ændret" : "fratrådt " + changes.endDate());
        return person;
    }

    public List<Completion> history(long personId) {
        person(personId);
        return completions.forPerson(personId);
    }
}
