package dk.kompetence.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * Loads a demo municipality into an empty database. Independent of the migrations: the
 * application calls it after Flyway has run, and only when demo data is switched on.
 */
public final class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private DemoData() {
    }

    /** Returns true when demo data was loaded, false when the database already held data. */
    public static boolean loadIfEmpty(Connection connection) throws SQLException {
        if (hasMunicipality(connection)) {
            return false;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            new DemoDataWriter(connection).write();
            connection.commit();
            LOG.info("Demo data loaded");
            return true;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static boolean hasMunicipality(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM municipality")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    static long insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }
}
