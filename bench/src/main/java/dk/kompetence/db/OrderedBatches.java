package dk.kompetence.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams rows into several tables through batched prepared statements, so a million rows never
 * sit in memory. A flush executes the tables in the order they were opened, parents first, so
 * every foreign key finds its row; the work is committed every {@value #COMMIT_ROWS} rows to
 * keep Derby's transaction log short.
 */
final class OrderedBatches implements AutoCloseable {

    private static final int BATCH_ROWS = 1_000;
    private static final int COMMIT_ROWS = 50_000;

    /** One table's insert statement. Ids are given explicitly, counting up from 1. */
    final class Table {
        private final PreparedStatement statement;
        private int pending;
        private long rows;

        private Table(PreparedStatement statement) {
            this.statement = statement;
        }

        /** Adds a row whose first column is the id; returns that id. */
        long insert(Object... values) throws SQLException {
            long id = rows + 1;
            statement.setObject(1, id);
            bind(2, values);
            return id;
        }

        /** Adds a row as given. */
        void add(Object... values) throws SQLException {
            bind(1, values);
        }

        long rows() {
            return rows;
        }

        private void bind(int first, Object[] values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(first + i, DemoJdbc.jdbc(values[i]));
            }
            statement.addBatch();
            rows++;
            if (++pending == BATCH_ROWS) {
                flush();
            }
        }
    }

    private final Connection connection;
    private final List<Table> tables = new ArrayList<>();
    private long uncommitted;

    OrderedBatches(Connection connection) {
        this.connection = connection;
    }

    /** Opens a table; tables that others refer to must be opened first. */
    Table table(String sql) throws SQLException {
        Table table = new Table(connection.prepareStatement(sql));
        tables.add(table);
        return table;
    }

    void flush() throws SQLException {
        for (Table table : tables) {
            if (table.pending > 0) {
                table.statement.executeBatch();
                uncommitted += table.pending;
                table.pending = 0;
            }
        }
        if (uncommitted >= COMMIT_ROWS) {
            connection.commit();
            uncommitted = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
            connection.commit();
        } finally {
            for (Table table : tables) {
                table.statement.close();
            }
        }
    }
}
