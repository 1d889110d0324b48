package dk.kompetence.bench;

import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The benchmark's result: per report the endpoint's and the raw SQL's median and p95, and their ratio. */
final class ComparisonTable {

    /** The team's goals for the endpoints' p95, in milliseconds. */
    static final double MUNICIPALITY_GOAL = 250;
    static final double INSTITUTION_GOAL = 20;

    private ComparisonTable() {
    }

    static String render(Properties sql, Properties endpoints, List<String> keys) {
        StringBuilder table = new StringBuilder();
        table.append("| report | endpoint median | endpoint p95 | raw SQL median | raw SQL p95 | ratio endpoint/raw "
                + "(median, p95) | goal: endpoint p95 | same figures |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        StringBuilder notes = new StringBuilder();
        for (String key : keys) {
            Measured endpoint = Measured.load(endpoints, key);
            Measured raw = Measured.load(sql, key);
            double goal = raw.report().institutionId() == null ? MUNICIPALITY_GOAL : INSTITUTION_GOAL;
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f, %.2f | ≤ %.0f ms: %s | %s |%n",
                    raw.report().label(), ms(endpoint.median()), ms(endpoint.p95()), ms(raw.median()), ms(raw.p95()),
                    endpoint.median() / raw.median(), endpoint.p95() / raw.p95(), goal,
                    endpoint.p95() <= goal ? "met" : "not met",
                    endpoint.figures().equals(raw.figures()) ? "yes" : "NO: " + endpoint.figures() + " / " + raw.figures()));
            notes.append(String.format(Locale.ROOT, "- %s: first (cold) call %s by the endpoint, %s by the SQL; "
                            + "%d timed runs each; %s%n", raw.report().label(), ms(endpoint.first()), ms(raw.first()),
                    raw.runs(), raw.figures()));
        }
        table.append('\n').append(notes);
        table.append("- Untimed calls per endpoint in the session after its cold call, before the timed runs: at most ")
                .append(endpoints.getProperty("warmup")).append('\n');
        table.append(String.format(Locale.ROOT, "- GET /kompetence/api/v1/me in the signed-in session the reports are timed in (HTTP alone): "
                        + "median %s, p95 %s; one PBKDF2 password check (what Elytron does for each Basic request) "
                        + "took %s in the benchmark's JVM%n", ms(number(endpoints, "me")), ms(number(endpoints, "me.p95")),
                ms(number(endpoints, "pbkdf2"))));
        table.append("- Reference date ").append(sql.getProperty("day")).append("; machine while timing the SQL: ")
                .append(sql.getProperty("load")).append(", the endpoints: ").append(endpoints.getProperty("load"))
                .append('\n');
        return table.toString();
    }

    private static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f ms", millis) : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    private static double number(Properties properties, String key) {
        return Double.parseDouble(properties.getProperty(key));
    }
}
