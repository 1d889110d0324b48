package dk.kompetence.bench;

import java.util.Properties;

/** One report's timings on one side, SQL or endpoint, as the benchmark's steps hand them on. */
record Measured(TimedReport report, double median, double p95, double max, double first, int runs, Figures figures) {

    static Measured of(TimedReport report, Timings timings, Figures figures) {
        return new Measured(report, timings.median(), timings.p95(), timings.max(), timings.first(),
                timings.runs().size(), figures);
    }

    void store(Properties properties) {
        String key = report.key();
        properties.setProperty(key + ".label", report.label());
        properties.setProperty(key + ".institution", report.institutionId() == null ? "" : report.institutionId().toString());
        properties.setProperty(key + ".median", String.valueOf(median));
        properties.setProperty(key + ".p95", String.valueOf(p95));
        properties.setProperty(key + ".max", String.valueOf(max));
        properties.setProperty(key + ".first", String.valueOf(first));
        properties.setProperty(key + ".runs", String.valueOf(runs));
        properties.setProperty(key + ".figures", figures.toString());
    }

    static Measured load(Properties properties, String key) {
        String institution = properties.getProperty(key + ".institution");
        TimedReport report = new TimedReport(key, properties.getProperty(key + ".label"),
                institution.isEmpty() ? null : Long.valueOf(institution));
        return new Measured(report, number(properties, key + ".median"), number(properties, key + ".p95"),
                number(properties, key + ".max"), number(properties, key + ".first"),
                Integer.parseInt(properties.getProperty(key + ".runs")),
                Figures.parse(properties.getProperty(key + ".figures")));
    }

    private static double number(Properties properties, String key) {
        return Double.parseDouble(properties.getProperty(key));
    }
}
