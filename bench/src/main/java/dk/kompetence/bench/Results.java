package dk.kompetence.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;

/** Where the benchmark's steps leave their figures for the next step, and the day they report on. */
final class Results {

    static final String SQL = "sql.properties";
    static final String ENDPOINTS = "endpoints.properties";
    /** The application's dates are Danish dates (see Clocks): the endpoints' default day. */
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private Results() {
    }

    static LocalDate today() {
        return LocalDate.now(DANISH_TIME);
    }

    /** How busy the machine was (other builds share it): load average and CPU pressure, where Linux tells. */
    static String machineLoad() {
        try {
            String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            Path pressure = Path.of("/proc/pressure/cpu");
            String stalled = Files.exists(pressure) ? Files.readAllLines(pressure).get(0).split(" ")[2] : "avg60=?";
            return "load average " + load + " (1 min), CPU pressure " + stalled.replace("avg60=", "") + " % (60 s)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    static void save(Properties properties, Path file, String comment) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, comment);
        }
    }
}
