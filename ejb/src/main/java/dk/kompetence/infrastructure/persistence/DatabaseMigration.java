package dk.kompetence.infrastructure.persistence;

import dk.kompetence.db.DemoData;
import dk.kompetence.db.MigrationLocations;
import dk.kompetence.reporting.CoverageSummary;
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
 * loads the demo municipality into an empty database unless {@code kompetence.demo-data=false},
 * and builds the coverage summary when either changed the data.
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
                .locations(migrationLocations())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        boolean loaded = demoData && loadDemoData();
        if (loaded || result.migrationsExecuted > 0) {
            rebuildCoverageSummary();
        }
    }

    /** The datasource decides the database (Derby or PostgreSQL); the EAR is the same for both. */
    private String[] migrationLocations() {
        try (Connection connection = dataSource.getConnection()) {
            return MigrationLocations.of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach the database", e);
        }
    }

    private boolean loadDemoData() {
        try (Connection connection = dataSource.getConnection()) {
            return DemoData.loadIfEmpty(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load demo data", e);
        }
    }

    /** Data written outside the services (demo data, a migration) has no summary rows yet. */
    private void rebuildCoverageSummary() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            new CoverageSummary().rebuild(connection);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not build the coverage summary", e);
        }
        LOG.info(() -> "Coverage summary rebuilt in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
