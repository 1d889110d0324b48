package dk.kompetence.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import javax.sql.DataSource;

/**
 * Lets a scheduled job run once per period on a cluster: every server's timer fires, and only
 * the server whose claim row the database accepts runs the job. The claim commits at once (a
 * datasource outside JTA), so it holds whatever the job's own transaction does; a server that
 * dies mid-job leaves the period claimed, which suits jobs that catch up on their next period.
 */
@ApplicationScoped
public class ScheduledRuns {

    /** SQLState of a unique or primary-key violation, the same on Derby and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";

    @Resource(lookup = "java:jboss/datasources/KompetenceMigrationDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    /** True when this server is the one to run the job for the period (e.g. a date). */
    public boolean claim(String job, String period) {
        try (Connection connection = dataSource.getConnection()) {
            return claim(connection, job, period, System.getProperty("jboss.node.name", "local"),
                    LocalDateTime.now(clock));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim the scheduled run " + job + " " + period, e);
        }
    }

    static boolean claim(Connection connection, String job, String period, String node, LocalDateTime at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO scheduled_run (job, period, node, claimed_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, job);
            insert.setString(2, period);
            insert.setString(3, node);
            insert.setTimestamp(4, Timestamp.valueOf(at));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }
}
