package dk.kompetence.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Makes the container-managed persistence context injectable with {@code @Inject}. */
@ApplicationScoped
public class Resources {

    @Produces
    @PersistenceContext(unitName = "kompetence")
    private EntityManager entityManager;
}
