package dk.kompetence.infrastructure.persistence;

import dk.kompetence.domain.completion.Completion;
import dk.kompetence.domain.completion.CompletionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class JpaCompletionRepository implements CompletionRepository {

    @Inject
    EntityManager entityManager;

    @Override
    public void add(Completion completion) {
        entityManager.persist(completion);
    }

    @Override
    public List<Completion> forPerson(long personId) {
        return entityManager.createQuery("SELECT c FROM Completion c WHERE c.person.id = :person "
                + "ORDER BY c.completedOn DESC, c.id DESC", Completion.class)
                .setParameter("person", personId).getResultList();
    }
}
