package dk.kompetence.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Times the coverage reports' SQL, CoverageQuery's set-based statements over the base tables as
 * the application runs them, with embedded Derby in this JVM on the benchmark database: the
 * municipality-wide report, the report of the institution with the most people today, and that of
 * a typical (median-sized) daycare. Shuts Derby down at the end, and leaves the timings and the
 * chosen institutions in sql.properties for {@link EndpointTimings}.
 * <p>
 * Arguments: the database directory, the results directory, warm-up runs, timed runs.
 */
public final class SqlTimings {

    private SqlTimings() {
    }

    public static void main(String[] args) throws Exception {
        TimingArguments arguments = TimingArguments.of(args);
        Path database = arguments.database();
        Path results = arguments.results();
        DerbyFiles.logTo(results.resolve("derby-sql.log"));
        LocalDate day = Results.today();
        Properties properties = new Properties();
        properties.setProperty("day", day.toString());
        properties.setProperty("load", Results.machineLoad());
        List<String> keys = new ArrayList<>();
        try (Connection connection = DerbyFiles.open(database)) {
            for (TimedReport report : reports(connection, day)) {
                Timings timings = Timings.measure(arguments.warmup(), arguments.runs(),
                        () -> report.query(connection, day));
                Figures figures = Figures.of(report.query(connection, day));
                Measured.of(report, timings, figures).store(properties);
                keys.add(report.key());
                System.out.println("Raw SQL, " + report.label() + ": " + timings + "; " + figures);
            }
        } finally {
            DerbyFiles.shutdown(database);
        }
        properties.setProperty("reports", String.join(",", keys));
        Results.save(properties, results.resolve(Results.SQL), "Coverage SQL timed with embedded Derby on " + day);
    }

    private record Staffed(long id, String name, int people) {
    }

    /** The municipality, the largest institution and a median-sized daycare, by people on the day. */
    private static List<TimedReport> reports(Connection connection, LocalDate day) throws SQLException {
        List<Staffed> institutions = new ArrayList<>();
        List<Staffed> daycares = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT i.id, i.name, i.type, COUNT(DISTINCT ms.person_id)
                FROM membership ms JOIN institution i ON i.id = ms.institution_id
                WHERE ms.start_date <= ? AND (ms.end_date IS NULL OR ms.end_date >= ?)
                GROUP BY i.id, i.name, i.type
                ORDER BY 4 DESC, 1""")) {
            statement.setDate(1, Date.valueOf(day));
            statement.setDate(2, Date.valueOf(day));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Staffed institution = new Staffed(rows.getLong(1), rows.getString(2), rows.getInt(4));
                    institutions.add(institution);
                    if (rows.getString(3).equals("DAYCARE")) {
                        daycares.add(institution);
                    }
                }
            }
        }
        Staffed largest = institutions.get(0);
        Staffed typical = daycares.get(daycares.size() / 2);
        return List.of(TimedReport.municipality(),
                new TimedReport("largest", "One institution, the largest: %s (%d people)"
                        .formatted(largest.name(), largest.people()), largest.id()),
                new TimedReport("daycare", "One institution, a typical daycare: %s (%d people)"
                        .formatted(typical.name(), typical.people()), typical.id()));
    }
}
