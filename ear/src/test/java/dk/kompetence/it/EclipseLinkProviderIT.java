package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside WildFly: the persistence unit is EclipseLink's, over the Flyway-made schema. */
@ExtendWith(ArquillianExtension.class)
class EclipseLinkProviderIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(EclipseLinkProviderIT.class);
    }

    @Inject
    EntityManager entityManager;

    @Test
    void entityManagerFactoryAndEntityManagerAreEclipseLinks() {
        String factory = entityManager.getEntityManagerFactory().getClass().getName();
        String delegate = entityManager.getDelegate().getClass().getName();
        assertTrue(factory.startsWith("org.eclipse.persistence."), factory);
        assertTrue(delegate.startsWith("org.eclipse.persistence."), delegate);
    }

    @Test
    void schemaComesFromFlywayNotFromJpa() {
        Number applied = (Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")
                .getSingleResult();
        assertTrue(applied.intValue() >= 1, "Flyway has applied the migrations");
        Number modules = (Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM course_module WHERE status = 'PUBLISHED'")
                .getSingleResult();
        assertTrue(modules.intValue() >= 4, "demo modules are there");
    }
}
