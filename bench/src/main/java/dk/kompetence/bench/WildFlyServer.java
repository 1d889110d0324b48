package dk.kompetence.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The server provisioned in ear/target, started for the benchmark in a base directory of its own
 * (its configuration copied from the server, the EAR in deployments/, its own data, log and tmp)
 * so the server's own standalone directory is left as it was. Ports are moved by the offset, demo
 * data is off and both Derby datasources point at the benchmark database. Stopping ends the
 * processes this started, by their ids, and no others.
 */
final class WildFlyServer implements AutoCloseable {

    /** The integration tests' heap. */
    private static final String JAVA_OPTS = "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true";

    private final Process process;
    private final URI base;
    private final URI readiness;
    private final Path log;
    private final Thread stopAtExit = new Thread(this::stop);

    private WildFlyServer(Process process, URI base, URI readiness, Path log) {
        this.process = process;
        this.base = base;
        this.readiness = readiness;
        this.log = log;
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    static WildFlyServer start(Path home, Path ear, Path baseDirectory, Path database, int offset, int managementPort)
            throws IOException {
        return start(home, ear, baseDirectory, database, offset, managementPort, List.of("-Dkompetence.demo-data=false"));
    }

    /** With the given system properties instead of "no demo data". */
    static WildFlyServer start(Path home, Path ear, Path baseDirectory, Path database, int offset, int managementPort,
                               List<String> properties) throws IOException {
        int httpPort = 8080 + offset;
        for (int port : List.of(httpPort, managementPort)) {
            if (inUse(port)) {
                throw new IllegalStateException("Port " + port + " is taken (another server?): choose other ports with "
                        + "-Dport.offset=… -Dmanagement.port=…");
            }
        }
        if (Files.exists(baseDirectory)) {
            DerbyFiles.delete(baseDirectory);
        }
        copyConfiguration(home.resolve("standalone/configuration"), baseDirectory.resolve("configuration"));
        Files.createDirectories(baseDirectory.resolve("deployments"));
        Files.copy(ear, baseDirectory.resolve("deployments/kompetence.ear"), StandardCopyOption.REPLACE_EXISTING);
        Path log = baseDirectory.resolve("console.log");
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(), "-c",
                "standalone.xml", "-Djboss.server.base.dir=" + baseDirectory,
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.management.http.port=" + (managementPort - offset),
                "-Dkompetence.derby.dir=" + database));
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JBOSS_HOME", home.toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS", JAVA_OPTS);
        return new WildFlyServer(builder.start(), URI.create("http://localhost:" + httpPort),
                URI.create("http://localhost:" + managementPort + "/health/ready"), log);
    }

    URI base() {
        return base;
    }

    /** Waits until the readiness check (the database answers) is UP with the EAR deployed. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly stopped during start-up:\n" + tail());
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(readiness)
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && databaseUp(response.body())) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("WildFly was not ready after " + timeout + ":\n" + tail());
    }

    @Override
    public void close() {
        stop();
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
    }

    /** The script's child (the server's JVM) first, as a clean shutdown, then the script. */
    private void stop() {
        List<ProcessHandle> started = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        started.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : started) {
            try {
                handle.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                handle.destroyForcibly();
            }
        }
    }

    /** The application's own check: only there once the EAR is deployed, UP when Derby answers. */
    private static boolean databaseUp(String health) {
        try (JsonReader reader = Json.createReader(new StringReader(health))) {
            JsonObject status = reader.readObject();
            return status.getString("status").equals("UP") && status.getJsonArray("checks")
                    .getValuesAs(JsonValue::asJsonObject).stream()
                    .anyMatch(check -> check.getString("name").equals("database"));
        }
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void copyConfiguration(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException free) {
            return false;
        }
    }
}
