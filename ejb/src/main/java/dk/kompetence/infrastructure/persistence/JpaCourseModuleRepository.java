package dk.kompetence.infrastructure.persistence;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.CourseModuleRepository;
import dk.kompetence.domain.catalogue.ModuleStatus;
import dk.kompetence.domain.catalogue.Provider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCourseModuleRepository implements CourseModuleRepository {

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<CourseModule> find(long id) {
        return Optional.ofNullable(entityManager.find(CourseModule.class, id));
    }

    @Override
    public List<CourseModule> findPublished() {
        return entityManager.createQuery(
                        "SELECT m FROM CourseModule m JOIN FETCH m.provider WHERE m.status = :status ORDER BY m.title",
                        CourseModule.class)
                .setParameter("status", ModuleStatus.PUBLISHED)
                .getResultList();
    }

    @Override
    public void add(CourseModule module) {
        entityManager.persist(module);
    }

    @Override
    public Optional<Provider> findProvider(long id) {
        return Optional.ofNullable(entityManager.find(Provider.class, id));
    }
}
