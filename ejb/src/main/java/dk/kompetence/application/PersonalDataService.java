package dk.kompetence.application;

import static dk.kompetence.application.UnknownEntityException.unknown;

import dk.kompetence.domain.account.UserAccount;
import dk.kompetence.domain.completion.CompletionRepository;
import dk.kompetence.domain.notification.DeliveryState;
import dk.kompetence.domain.notification.Notification;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.person.PersonRepository;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.infrastructure.persistence.AuditQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** GDPR: access (export), erasure (pseudonymisation) and retention of volunteers' data. */
@Stateless
@RolesAllowed({CurrentUser.EMPLOYEE, CurrentUser.VOLUNTEER, CurrentUser.LEADER, CurrentUser.HR})
public class PersonalDataService {

    @Inject
    PersonRepository people;

    @Inject
    CompletionRepository completions;

    @Inject
    AuditQueries auditQueries;

    @Inject
    AuditTrail audit;

    @Inject
    CoverageSummaryUpdates coverageSummary;

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** A person may export their own data; HR may do it on their behalf. */
    public PersonalData export(long personId) {
        currentUser.requireHrOrSelf(personId);
        Person person = people.find(personId).orElseThrow(unknown("Person", personId));
        List<Enrolment> enrolments = entityManager.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.session "
                + "WHERE e.person = :person ORDER BY e.requestedAt", Enrolment.class)
                .setParameter("person", person).getResultList();
        List<Notification> notifications = entityManager.createQuery("SELECT n FROM Notification n "
                + "WHERE n.person = :person ORDER BY n.createdAt", Notification.class)
                .setParameter("person", person).getResultList();
        audit.record("PERSONAL_DATA_EXPORTED", "Person", personId, personId, "indsigt i egne data");
        return new PersonalData(LocalDateTime.now(clock), person, enrolments, completions.forPerson(personId),
                notifications, auditQueries.aboutPerson(personId));
    }

    @RolesAllowed(CurrentUser.HR)
    public Person pseudonymise(long personId) {
        Person person = people.find(personId).orElseThrow(unknown("Person", personId));
        erase(person);
        return person;
    }

    /**
     * Volunteers' data is kept while they are active: it is pseudonymised once their last activity
     * (consent, enrolment or completion) lies more than the retention period back.
     */
    @RolesAllowed(CurrentUser.HR)
    public int pseudonymiseInactiveVolunteers(int retentionMonths) {
        LocalDate cutoff = LocalDate.now(clock).minusMonths(retentionMonths);
        List<Person> inactive = entityManager.createQuery("""
                SELECT p FROM Person p WHERE p.kind = dk.kompetence.domain.person.PersonKind.VOLUNTEER
                AND p.firstName <> 'Anonymiseret' AND p.consentDate < :cutoff
                AND NOT EXISTS (SELECT e FROM Enrolment e WHERE e.person = p AND e.requestedAt >= :cutoffTime)
                AND NOT EXISTS (SELECT c FROM Completion c WHERE c.person = p AND c.completedOn >= :cutoff)""",
                        Person.class)
                .setParameter("cutoff", cutoff).setParameter("cutoffTime", cutoff.atStartOfDay()).getResultList();
        inactive.forEach(this::erase);
        return inactive.size();
    }

    private void erase(Person person) {
        person.pseudonymise(LocalDate.now(clock));
        coverageSummary.personChanged(person.getId());
        entityManager.createQuery("UPDATE UserAccount a SET a.enabled = FALSE WHERE a.personId = :person")
                .setParameter("person", person.getId()).executeUpdate();
        forgetAddress(person);
        audit.record("PERSON_PSEUDONYMISED", "Person", person.getId(), person.getId(),
                "navn, kontaktoplysninger og lønnummer slettet; historikken bevaret anonymt");
    }

    /**
     * Messages keep their subject and text (they tell what happened to the anonymous enrolments),
     * but lose the address; calendar messages, which name the person, and the feed address go.
     */
    private void forgetAddress(Person person) {
        entityManager.createQuery("DELETE FROM Notification n WHERE n.person = :person AND n.calendarMethod IS NOT NULL")
                .setParameter("person", person).executeUpdate();
        entityManager.createQuery("UPDATE Notification n SET n.state = :skipped WHERE n.person = :person "
                        + "AND n.state IN :unsent")
                .setParameter("skipped", DeliveryState.SKIPPED).setParameter("person", person)
                .setParameter("unsent", List.of(DeliveryState.PENDING, DeliveryState.SENDING)).executeUpdate();
        entityManager.createQuery("UPDATE Notification n SET n.recipient = NULL WHERE n.person = :person")
                .setParameter("person", person).executeUpdate();
        entityManager.createQuery("DELETE FROM CalendarFeed f WHERE f.personId = :person")
                .setParameter("person", person.getId()).executeUpdate();
    }
}
