package dk.kompetence.db;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Batched inserts for the demo data, with java.time values turned into JDBC types. */
final class DemoJdbc {

    private static final int BATCH_SIZE = 500;

    private DemoJdbc() {
    }

    static long insert(Connection connection, String sql, Object... values) throws SQLException {
        Object[] converted = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            converted[i] = jdbc(values[i]);
        }
        return DemoData.insert(connection, sql, converted);
    }

    static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, jdbc(row[i]));
                }
                statement.addBatch();
                if (++pending == BATCH_SIZE) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    /**
     * Inserts the rows and returns their generated ids in insertion order. Derby hands out
     * identity values in ascending order within the loader's single transaction.
     */
    static List<Long> batchReturningIds(Connection connection, String table, String sql, List<Object[]> rows)
            throws SQLException {
        long before = maxId(connection, table);
        batch(connection, sql, rows);
        List<Long> ids = new ArrayList<>(rows.size());
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM " + table + " WHERE id > ? ORDER BY id")) {
            statement.setLong(1, before);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getLong(1));
                }
            }
        }
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("Expected " + rows.size() + " new " + table + " rows, found " + ids.size());
        }
        return ids;
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM " + table);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    static Object jdbc(Object value) {
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        if (value instanceof LocalDateTime timestamp) {
            return Timestamp.valueOf(timestamp);
        }
        if (value instanceof LocalTime time) {
            return Time.valueOf(time);
        }
        return value;
    }
}
