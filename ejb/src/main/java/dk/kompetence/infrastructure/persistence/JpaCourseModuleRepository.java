package dk.kompetence.infrastructure.persistence;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.CourseModuleRepository;
import dk.kompetence.domain.catalogue.ModuleSearch;
import dk.kompetence.domain.catalogue.Provider;
import dk.kompetence.domain.catalogue.StrategyTrack;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaCourseModuleRepository implements CourseModuleRepository {

    private static final Map<String, String> SORTABLE = Map.of("title", "m.title", "code", "m.code",
            "hours", "m.hours", "format", "m.format");
    private static final String OPEN_SESSION = "SELECT s FROM CourseSession s WHERE s.module = m AND s.status IN "
            + "(dk.kompetence.domain.session.SessionStatus.OPEN, dk.kompetence.domain.session.SessionStatus.FULL)";

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<CourseModule> find(long id) {
        return Optional.ofNullable(entityManager.find(CourseModule.class, id));
    }

    @Override
    public Set<CourseModule> findAll(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery("SELECT m FROM CourseModule m WHERE m.id IN :ids",
                CourseModule.class).setParameter("ids", ids).getResultList());
    }

    @Override
    public Page<CourseModule> search(ModuleSearch search, PageRequest page, LocalDate today) {
        JpqlSearch<CourseModule> query = new JpqlSearch<>(CourseModule.class, "m", "JOIN FETCH m.provider")
                .whereText("text", search.text(), "m.title", "m.description", "m.code")
                .where("m.status = :status", "status", search.status())
                .where("m.format = :format", "format", search.format())
                .where("m.provider.id = :provider", "provider", search.providerId())
                .where("EXISTS (SELECT a FROM CourseModule ma JOIN ma.approaches a WHERE ma = m AND a = :approach)",
                        "approach", search.approach())
                .where("(m.audienceRoles IS EMPTY OR EXISTS (SELECT r FROM CourseModule mr JOIN mr.audienceRoles r "
                        + "WHERE mr = m AND r = :role))", "role", search.role())
                .where("(m.audienceInstitutionTypes IS EMPTY OR EXISTS (SELECT t FROM CourseModule mt "
                        + "JOIN mt.audienceInstitutionTypes t WHERE mt = m AND t = :itype))", "itype",
                        search.institutionType());
        if (search.from() != null || search.to() != null) {
            query.where("EXISTS (" + OPEN_SESSION + " AND s.startsOn >= :from AND s.startsOn <= :to)")
                    .bind("from", search.from() == null ? LocalDate.of(1900, 1, 1) : search.from())
                    .bind("to", search.to() == null ? LocalDate.of(9999, 12, 31) : search.to());
        }
        if (search.withFreeSeats()) {
            query.where("EXISTS (SELECT s FROM CourseSession s WHERE s.module = m AND s.status = "
                    + "dk.kompetence.domain.session.SessionStatus.OPEN AND s.seatsTaken < s.capacity "
                    + "AND s.startsOn > :today)", "today", today);
        }
        return query.page(entityManager, page, SORTABLE, "title");
    }

    @Override
    public void add(CourseModule module) {
        entityManager.persist(module);
    }

    @Override
    public Optional<Provider> findProvider(long id) {
        return Optional.ofNullable(entityManager.find(Provider.class, id));
    }

    @Override
    public List<Provider> providers() {
        return entityManager.createQuery("SELECT p FROM Provider p ORDER BY p.name", Provider.class).getResultList();
    }

    @Override
    public Set<StrategyTrack> findTracks(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery("SELECT t FROM StrategyTrack t WHERE t.id IN :ids",
                StrategyTrack.class).setParameter("ids", ids).getResultList());
    }

    @Override
    public List<StrategyTrack> tracks() {
        return entityManager.createQuery("SELECT t FROM StrategyTrack t ORDER BY t.name", StrategyTrack.class)
                .getResultList();
    }
}
