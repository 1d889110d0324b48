package dk.kompetence.infrastructure.payroll;

import dk.kompetence.application.UnknownEntityException;
import dk.kompetence.domain.payroll.ImportFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where payroll files wait to be imported. An upload (at most 10 MB, the request limit) is kept
 * in the server's temp directory only while its job runs, because it holds CPR numbers. Bigger
 * files (a whole municipality's Opus dump is ~22 MB) are delivered into the drop folder, as the
 * payroll's file transfer does, and imported from there by name; the application never writes
 * or deletes anything in it.
 */
@ApplicationScoped
public class ImportFiles {

    private static final Logger LOG = Logger.getLogger(ImportFiles.class.getName());

    /** A file waiting in the drop folder. */
    public record DropFile(String name, long bytes, Instant modified) implements Serializable {
    }

    @Inject
    @ConfigProperty(name = "kompetence.import.drop-folder")
    Optional<String> configuredDropFolder;

    public Path dropFolder() {
        Path folder = configuredDropFolder.map(Path::of).orElseGet(() -> Path.of(
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "kompetence-import"));
        return createdIfMissing(folder);
    }

    public List<DropFile> dropFolderFiles() {
        try (Stream<Path> files = Files.list(dropFolder())) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> ImportFormat.ofFileName(f.getFileName().toString()).isPresent())
                    .map(ImportFiles::describe).sorted(Comparator.comparing(DropFile::modified).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the import drop folder", e);
        }
    }

    /** A file of the drop folder by its bare name; a path that leads out of the folder is unknown. */
    public Path inDropFolder(String name) {
        Path folder = dropFolder();
        Path file = folder.resolve(name).normalize();
        if (name.isBlank() || name.contains("/") || name.contains("\\") || !file.getParent().equals(folder)
                || !Files.isRegularFile(file)) {
            throw UnknownEntityException.unknown("Filen", name).get();
        }
        return file;
    }

    public Path saveUpload(long runId, InputStream content) {
        Path file = uploads().resolve(runId + ".upload");
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            deleteUpload(file);
            throw new UncheckedIOException("Cannot keep the uploaded file", e);
        }
    }

    /** Only our own uploads are deleted, never a file of the drop folder. */
    public void deleteUpload(Path file) {
        if (file.getParent().equals(uploads())) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the uploaded payroll file " + file, e);
            }
        }
    }

    private Path uploads() {
        return createdIfMissing(Path.of(System.getProperty("jboss.server.temp.dir",
                System.getProperty("java.io.tmpdir")), "kompetence-imports"));
    }

    private static Path createdIfMissing(Path folder) {
        try {
            return Files.createDirectories(folder).toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("No folder " + folder, e);
        }
    }

    private static DropFile describe(Path file) {
        try {
            return new DropFile(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
