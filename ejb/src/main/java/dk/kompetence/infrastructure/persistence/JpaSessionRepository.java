package dk.kompetence.infrastructure.persistence;

import dk.kompetence.domain.completion.Completion;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.session.CourseSession;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentSearch;
import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.domain.session.PersonCommitments;
import dk.kompetence.domain.session.SessionRepository;
import dk.kompetence.domain.session.SessionSearch;
import dk.kompetence.domain.session.SessionStatus;
import dk.kompetence.domain.session.TimeSlot;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

    private static final Map<String, String> SESSION_SORT = Map.of("startsOn", "s.startsOn", "code", "s.code",
            "capacity", "s.capacity");
    private static final Map<String, String> ENROLMENT_SORT = Map.of("requestedAt", "e.requestedAt",
            "status", "e.status", "lastName", "e.person.lastName");
    private static final List<EnrolmentStatus> ACTIVE = List.of(EnrolmentStatus.REQUESTED, EnrolmentStatus.CONFIRMED,
            EnrolmentStatus.WAITLISTED);

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<CourseSession> find(long id) {
        return Optional.ofNullable(entityManager.find(CourseSession.class, id));
    }

    @Override
    public Optional<CourseSession> findForUpdate(long id) {
        return Optional.ofNullable(entityManager.find(CourseSession.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Page<CourseSession> search(SessionSearch search, PageRequest page, LocalDate today) {
        JpqlSearch<CourseSession> query = new JpqlSearch<>(CourseSession.class, "s", "JOIN FETCH s.module")
                .where("s.module.id = :module", "module", search.moduleId())
                .where("s.module.provider.id = :provider", "provider", search.providerId())
                .where("s.status = :status", "status", search.status())
                .where("s.startsOn >= :from", "from", search.from())
                .where("s.startsOn <= :to", "to", search.to());
        if (search.withFreeSeats()) {
            query.where("s.status = :open AND s.seatsTaken < s.capacity AND s.startsOn > :today")
                    .bind("open", SessionStatus.OPEN).bind("today", today);
        }
        return query.page(entityManager, page, SESSION_SORT, "startsOn");
    }

    @Override
    public void add(CourseSession session) {
        entityManager.persist(session);
    }

    @Override
    public Optional<Enrolment> findEnrolment(long id) {
        return Optional.ofNullable(entityManager.find(Enrolment.class, id));
    }

    @Override
    public Page<Enrolment> enrolments(EnrolmentSearch search, PageRequest page) {
        return new JpqlSearch<>(Enrolment.class, "e", "JOIN FETCH e.session JOIN FETCH e.person")
                .where("e.person.id = :person", "person", search.personId())
                .where("e.session.id = :session", "session", search.sessionId())
                .where("e.institution.id = :institution", "institution", search.institutionId())
                .where("e.status = :status", "status", search.status())
                .page(entityManager, page, ENROLMENT_SORT, "requestedAt");
    }

    @Override
    public PersonCommitments commitmentsOf(Person person, LocalDate today) {
        List<CourseSession> active = entityManager.createQuery("SELECT e.session FROM Enrolment e "
                        + "WHERE e.person = :person AND e.status IN :active", CourseSession.class)
                .setParameter("person", person).setParameter("active", ACTIVE).getResultList();
        Set<Long> activeModules = active.stream().map(s -> s.getModule().getId()).collect(Collectors.toSet());
        List<TimeSlot> busy = active.stream().flatMap(s -> s.slots().stream())
                .filter(slot -> !slot.date().isBefore(today)).toList();
        Set<Long> valid = entityManager.createQuery("SELECT c FROM Completion c JOIN FETCH c.module "
                        + "WHERE c.person = :person", Completion.class)
                .setParameter("person", person).getResultList().stream()
                .filter(c -> c.getModule().isValidOn(c.getCompletedOn(), today))
                .map(c -> c.getModule().getId()).collect(Collectors.toSet());
        return new PersonCommitments(activeModules, busy, valid);
    }
}
