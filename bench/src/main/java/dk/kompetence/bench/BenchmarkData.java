package dk.kompetence.bench;

import dk.kompetence.db.MigrationLocations;
import dk.kompetence.db.Scale;
import dk.kompetence.db.ScaleData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * Makes the benchmark's data set: a Copenhagen-scale municipality ({@link ScaleData}) in a Derby
 * file database migrated by Flyway, with fresh optimizer statistics. A database that already holds
 * the same data set (same seed and scale, marked complete) is reused, after any new migrations; one
 * holding another or an unfinished data set is made anew. A directory that is not the benchmark's
 * own database is never touched.
 * <p>
 * Arguments: the database directory, and optionally the scale (1 = Copenhagen, 0.1 = a tenth).
 */
public final class BenchmarkData {

    static final long SEED = 2026;
    /** A database property: "incomplete" while generating, the data set once it is complete. */
    private static final String MARK = "kompetence.benchmark.dataset";
    private static final String INCOMPLETE = "incomplete";

    private BenchmarkData() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]).toAbsolutePath().normalize();
        Scale scale = Scale.COPENHAGEN.times(args.length > 1 ? Double.parseDouble(args[1]) : 1);
        DerbyFiles.logTo(directory.resolveSibling("derby-generate.log"));
        // For the bulk load only: Derby syncs its log at each commit (every 50,000 rows) instead of
        // writing it synchronously, and keeps the growing indexes in a larger page cache (~130 MB).
        // Durability is the same; the database itself is an ordinary one.
        System.setProperty("derby.storage.fileSyncTransactionLog", "true");
        System.setProperty("derby.storage.pageCacheSize", "32000");
        prepare(directory, scale);
    }

    static void prepare(Path directory, Scale scale) throws SQLException, IOException {
        String dataSet = "version " + ScaleData.VERSION + ", seed " + SEED + ", " + scale;
        if (Files.exists(directory)) {
            String mark = mark(directory);
            if (mark != null && mark.startsWith(dataSet)) {
                reuse(directory, mark);
                return;
            }
            if (mark == null) {
                throw new IllegalStateException(directory + " is not a database the benchmark made: remove it or "
                        + "choose another directory (-Dbenchmark.db=…)");
            }
            System.out.println("Benchmark data: " + directory + " holds another or an unfinished data set (" + mark
                    + "), making it anew");
            DerbyFiles.delete(directory);
        }
        generate(directory, scale, dataSet);
    }

    private static void generate(Path directory, Scale scale, String dataSet) throws SQLException {
        System.out.println("Benchmark data: generating " + dataSet + " into " + directory);
        long started = System.nanoTime();
        // As the server creates its database (configure-server.cli says why).
        migrate(directory, ";create=true;territory=en_US");
        ScaleData.Counts counts;
        long written;
        try (Connection connection = DerbyFiles.open(directory)) {
            setMark(connection, INCOMPLETE);
            counts = ScaleData.write(connection, scale, SEED, LocalDateTime.now(Results.DANISH_TIME));
            summarise(connection);
            written = System.nanoTime();
            analyse(connection);
            setMark(connection, dataSet + "; generated " + LocalDate.now(Results.DANISH_TIME));
        }
        DerbyFiles.shutdown(directory);
        long finished = System.nanoTime();
        System.out.println("Benchmark data: " + counts);
        System.out.printf(Locale.ROOT, "Benchmark data: generated in %.0f s (%.0f s writing, %.0f s statistics; "
                        + "%.0f s of CPU), %d MB on disk; machine: %s%n", seconds(started, finished),
                seconds(started, written), seconds(written, finished), cpuSeconds(), DerbyFiles.megabytes(directory),
                Results.machineLoad());
    }

    private static void reuse(Path directory, String mark) throws SQLException {
        int migrations = migrate(directory, "");
        try (Connection connection = DerbyFiles.open(directory)) {
            if (migrations > 0) {
                System.out.println("Benchmark data: " + migrations + " new migrations applied, summarising again");
                summarise(connection);
                analyse(connection);
            }
            System.out.println("Benchmark data: reusing " + directory + " (" + mark + ", "
                    + DerbyFiles.megabytes(directory) + " MB): " + ScaleData.counts(connection));
        }
        DerbyFiles.shutdown(directory);
    }

    private static int migrate(Path directory, String options) {
        return Flyway.configure().dataSource(DerbyFiles.url(directory) + options, null, null)
                .locations(MigrationLocations.derby()).load().migrate().migrationsExecuted;
    }

    /** Builds what the reports read besides the base tables, from the data just written or migrated. */
    private static void summarise(Connection connection) throws SQLException {
        long started = System.nanoTime();
        new dk.kompetence.reporting.CoverageSummary().rebuild(connection);
        System.out.println("Benchmark data: coverage summary rebuilt in " + (System.nanoTime() - started) / 1_000_000
                + " ms");
    }

    /**
     * Fresh statistics for every table, as Derby's statistics daemon would have them after a while
     * in production: without them the optimizer plans for the empty tables it saw at creation.
     */
    private static void analyse(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT t.tablename FROM sys.systables t "
                + "JOIN sys.sysschemas s ON s.schemaid = t.schemaid WHERE s.schemaname = CURRENT SCHEMA "
                + "AND t.tabletype = 'T' ORDER BY t.tablename");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(?, ?, NULL)")) {
            for (String table : tables) {
                call.setString(1, connection.getSchema());
                call.setString(2, table);
                call.execute();
            }
        }
    }

    private static String mark(Path directory) throws SQLException {
        if (!DerbyFiles.isDatabase(directory)) {
            return null;
        }
        String mark;
        try (Connection connection = DerbyFiles.open(directory);
             PreparedStatement statement = connection.prepareStatement(
                     "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY(?)")) {
            statement.setString(1, MARK);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                mark = row.getString(1);
            }
        }
        DerbyFiles.shutdown(directory);
        return mark;
    }

    private static void setMark(Connection connection, String value) throws SQLException {
        try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
            call.setString(1, MARK);
            call.setString(2, value);
            call.execute();
        }
    }

    /** This JVM's CPU time: with other builds on the machine, wall time alone says little. */
    private static double cpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(cpu -> cpu.toMillis() / 1000.0).orElse(Double.NaN);
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
