package dk.kompetence.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the payroll import against a real server: starts the provisioned WildFly on a fresh
 * database with the demo municipality (its targets make the coverage summary real work), writes a
 * 45,000-employee Opus dump (~22 MB, over the upload limit) into the server's drop folder, imports
 * it over REST as HR and waits for the job; then the same file again (nothing changes) and a
 * delta of moves and leavers small enough for the per-person refresh of the coverage summary.
 * Prints the figures (also in import-report.md).
 * <p>
 * Arguments: the results directory, the number of employees. System properties: server.home,
 * ear.file, port.offset, management.port.
 */
public final class ImportBenchmark {

    private static final String PASSWORD = "kompetence";
    private static final String IMPORTS = "/kompetence/api/v1/payroll-imports";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args[0]).toAbsolutePath();
        int employees = Integer.parseInt(args[1]);
        int offset = Integer.getInteger("port.offset", 0);
        int managementPort = Integer.getInteger("management.port", 9990 + offset);
        Path work = results.resolve("import");
        if (Files.exists(work)) {
            DerbyFiles.delete(work);
        }
        Path drop = Files.createDirectories(work.resolve("drop"));
        Path full = drop.resolve("ZLPE20251125000000_full.xml");
        OpusBenchmarkFile.writeFull(full, employees);
        Path delta = drop.resolve("ZLPE20251126000000_delta.xml");
        OpusBenchmarkFile.writeDelta(delta, employees / 45, employees / 225, employees);
        System.out.printf("Opus dump with %,d employees: %.1f MB%n", employees, Files.size(full) / 1e6);

        List<String> lines = new ArrayList<>();
        lines.add("| import | wall time | reading | applying (of which coverage) | coverage update | created / changed / left / unchanged / rejected |");
        lines.add("|---|---:|---:|---:|---|---|");
        try (WildFlyServer server = WildFlyServer.start(Path.of(System.getProperty("server.home")),
                Path.of(System.getProperty("ear.file")), work.resolve("wildfly"), work.resolve("db/kompetence"), offset,
                managementPort, List.of("-Dkompetence.demo-data=true", "-Dkompetence.import.drop-folder=" + drop))) {
            server.awaitReady(Duration.ofMinutes(5));
            Api api = Api.basic(server.base(), "hr", PASSWORD);
            String load = Results.machineLoad();
            lines.add(run(api, full, "Full dump, " + String.format("%,d", employees) + " new employees"));
            lines.add(run(api, full, "The same file again"));
            lines.add(run(api, delta, "Delta: moves with a new position, and leavers"));
            lines.add("");
            lines.add("Machine load (1/5/15 min) at the start: " + load + "; " + Runtime.getRuntime().availableProcessors()
                    + " cores.");
        }
        String table = String.join("\n", lines);
        Files.writeString(results.resolve("import-report.md"), table + "\n", StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(table);
    }

    /**
     * Polls once a second, as the server's Retry-After asks: each poll pays a password check, and
     * five a second took a fifth of the CPU from the import. The wall time is the server's own,
     * from the run's start to its end, so the polling interval does not round it.
     */
    private static String run(Api api, Path file, String label) throws Exception {
        JsonObject run = json(api.post(IMPORTS + "/drop-folder/" + file.getFileName(), 202));
        String status = IMPORTS + "/" + run.getInt("id");
        while (!run.getString("status").equals("COMPLETED") && !run.getString("status").equals("FAILED")) {
            Thread.sleep(1000);
            run = json(api.get(status));
        }
        if (run.getString("status").equals("FAILED")) {
            throw new IllegalStateException(label + " failed: " + run.getString("failure"));
        }
        double seconds = Duration.between(LocalDateTime.parse(run.getString("startedAt")),
                LocalDateTime.parse(run.getString("finishedAt"))).toMillis() / 1e3;
        String line = String.format("| %s | %.1f s | %.1f s | %.1f s (%.1f s) | %s | %d / %d / %d / %d / %d |", label,
                seconds, run.getJsonNumber("readMillis").longValue() / 1e3,
                run.getJsonNumber("applyMillis").longValue() / 1e3, run.getJsonNumber("coverageMillis").longValue() / 1e3,
                run.getString("coverageUpdate"), run.getInt("peopleCreated"), run.getInt("peopleChanged"),
                run.getInt("peopleLeft"), run.getInt("peopleUnchanged"), run.getInt("rejected"));
        System.out.println(line);
        return line;
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
