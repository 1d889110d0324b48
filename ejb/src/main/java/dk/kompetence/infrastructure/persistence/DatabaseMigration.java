package dk.kompetence.infrastructure.persistence;

import dk.kompetence.db.DemoData;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the Flyway migrations in db/ before anything uses JPA, then
 * loads the demo municipality into an empty database unless {@code kompetence.demo-data=false}.
 * Bean-managed transactions and a non-JTA datasource because Flyway commits each migration itself.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/KompetenceMigrationDS")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "kompetence.demo-data", defaultValue = "true")
    boolean demoData;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        if (demoData) {
            loadDemoData();
        }
    }

    private void loadDemoData() {
        try (Connection connection = dataSource.getConnection()) {
            DemoData.loadIfEmpty(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load demo data", e);
        }
    }
}
