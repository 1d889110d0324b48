package dk.kompetence.infrastructure.persistence;

import dk.kompetence.domain.catalogue.Programme;
import dk.kompetence.domain.catalogue.ProgrammeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<Programme> find(long id) {
        return Optional.ofNullable(entityManager.find(Programme.class, id));
    }

    @Override
    public List<Programme> findAll() {
        return entityManager.createQuery("SELECT p FROM Programme p ORDER BY p.title", Programme.class).getResultList();
    }

    @Override
    public void add(Programme programme) {
        entityManager.persist(programme);
    }
}
