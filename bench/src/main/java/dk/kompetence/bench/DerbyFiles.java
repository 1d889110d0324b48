package dk.kompetence.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;

/**
 * The benchmark's Derby file database in this JVM. Embedded Derby lets one JVM at a time boot a
 * database, so every step shuts it down before the next step (or the server) opens it.
 */
final class DerbyFiles {

    private DerbyFiles() {
    }

    static String url(Path directory) {
        return "jdbc:derby:" + directory;
    }

    /** Derby writes derby.log where it is told, not into the working directory. */
    static void logTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        System.setProperty("derby.stream.error.file", file.toString());
    }

    static Connection open(Path directory) throws SQLException {
        return DriverManager.getConnection(url(directory));
    }

    static void shutdown(Path directory) {
        try {
            DriverManager.getConnection(url(directory) + ";shutdown=true").close();
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw new IllegalStateException("Derby did not shut the database down", e);
            }
        }
    }

    static boolean isDatabase(Path directory) {
        return Files.isRegularFile(directory.resolve("service.properties"));
    }

    static long megabytes(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(DerbyFiles::size).sum() / (1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
