package dk.kompetence.reporting;

import dk.kompetence.db.MigrationLocations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/** An in-memory Derby migrated by the real Flyway migrations, dropped on close. */
public final class TestDatabase implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final String url;
    private final Connection connection;

    public TestDatabase(String name) throws SQLException {
        url = "jdbc:derby:memory:" + name + DATABASES.incrementAndGet();
        Flyway.configure().dataSource(url + ";create=true", null, null)
                .locations(MigrationLocations.derby()).load().migrate();
        connection = DriverManager.getConnection(url);
    }

    public Connection connection() {
        return connection;
    }

    /** Runs statements separated by a semicolon at the end of a line. */
    public void execute(String statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements.split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.executeUpdate(sql);
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        try {
            DriverManager.getConnection(url + ";drop=true");
        } catch (SQLException expected) {
            // Derby reports a successful drop as an exception
        }
    }
}
