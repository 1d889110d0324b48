package dk.kompetence.bench;

import dk.kompetence.db.PasswordDigest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

/**
 * Starts the provisioned WildFly with the EAR on the benchmark database, times the coverage
 * endpoints over real HTTP as HR (the reports {@link SqlTimings} timed, on the same institutions),
 * stops the server, and prints the comparison table (also left in report.md).
 * <p>
 * Arguments: the database directory, the results directory, warm-up runs, timed runs. System
 * properties: server.home, ear.file, port.offset, management.port, and endpoint.warmup and
 * endpoint.warmup.seconds: how many untimed calls each endpoint in the session gets after its cold
 * one, at most for how long. A freshly started server and this client's JVM run the request path
 * interpreted or half-compiled for the first several hundred requests (with 5 warm-up calls, /me
 * took 8 ms at the median against 2.4 ms once both were warm), so a handful of warm-up calls timed
 * the JIT rather than the report.
 */
public final class EndpointTimings {

    private static final String ME = "/kompetence/api/v1/me";
    /** The demo accounts' password; the generator makes them too. */
    private static final String PASSWORD = "kompetence";

    private EndpointTimings() {
    }

    public static void main(String[] args) throws Exception {
        TimingArguments arguments = TimingArguments.of(args);
        Path database = arguments.database();
        Path results = arguments.results();
        int offset = Integer.getInteger("port.offset", 0);
        int managementPort = Integer.getInteger("management.port", 9990 + offset);
        int endpointWarmup = Integer.getInteger("endpoint.warmup", arguments.warmup());
        Duration endpointWarmupTime = Duration.ofSeconds(Integer.getInteger("endpoint.warmup.seconds", 30));
        Properties sql = Results.load(results.resolve(Results.SQL));
        List<String> keys = List.of(sql.getProperty("reports").split(","));

        Properties endpoints = new Properties();
        long starting = System.nanoTime();
        try (WildFlyServer server = WildFlyServer.start(Path.of(System.getProperty("server.home")),
                Path.of(System.getProperty("ear.file")), results.resolve("wildfly"), database, offset, managementPort)) {
            server.awaitReady(Duration.ofMinutes(5));
            System.out.printf("WildFly ready in %.0f s on %s%n", (System.nanoTime() - starting) / 1e9, server.base());
            LocalDate day = Results.today();
            if (!day.toString().equals(sql.getProperty("day"))) {
                System.out.println("Warning: the SQL was timed on " + sql.getProperty("day") + ", the endpoints on " + day);
            }
            endpoints.setProperty("day", day.toString());
            endpoints.setProperty("load", Results.machineLoad());
            endpoints.setProperty("warmup", endpointWarmup + " calls or " + endpointWarmupTime.toSeconds() + " s");
            Timings signIn = Timings.measure(arguments.warmup(), arguments.runs(),
                    () -> PasswordDigest.of(PASSWORD));
            endpoints.setProperty("pbkdf2", String.valueOf(signIn.median()));
            System.out.println("One password check (PBKDF2, " + PasswordDigest.ITERATIONS + " iterations) here: " + signIn);
            Api basic = Api.basic(server.base(), "hr", PASSWORD);
            Timings basicMe = Timings.measure(arguments.warmup(), arguments.runs(), () -> basic.get(ME));
            System.out.println("Endpoint, " + ME + " with HTTP Basic (a password check on every request): " + basicMe);
            // The reports are timed as the coverage page uses them: signed in once, the session
            // carrying the identity, so the figures are the report's and not the password hash's.
            Api api = Api.session(server.base(), "hr", PASSWORD);
            Timings me = Timings.measure(endpointWarmup, endpointWarmupTime, arguments.runs(), () -> api.get(ME));
            endpoints.setProperty("me", String.valueOf(me.median()));
            endpoints.setProperty("me.p95", String.valueOf(me.p95()));
            System.out.println("Endpoint, " + ME + " in a signed-in session (HTTP alone): " + me);
            for (String key : keys) {
                TimedReport report = Measured.load(sql, key).report();
                Timings timings = Timings.measure(endpointWarmup, endpointWarmupTime, arguments.runs(),
                        () -> api.get(report.path()));
                Figures figures = Figures.ofJson(api.get(report.path()));
                Measured.of(report, timings, figures).store(endpoints);
                System.out.println("Endpoint, " + report.label() + ": " + timings + "; " + figures);
            }
        }
        endpoints.setProperty("reports", String.join(",", keys));
        Results.save(endpoints, results.resolve(Results.ENDPOINTS), "Coverage endpoints timed over HTTP");
        String table = ComparisonTable.render(sql, endpoints, keys);
        Files.writeString(results.resolve("report.md"), table, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(table);
    }
}
