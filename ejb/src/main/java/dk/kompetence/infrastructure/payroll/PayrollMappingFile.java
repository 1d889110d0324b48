package dk.kompetence.infrastructure.payroll;

import dk.kompetence.domain.payroll.PayrollMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The payroll mapping from {@code kompetence.import.mapping} (a file path) or, without one, the
 * built-in {@code payroll-mapping.properties}. Read as UTF-8 (æøå in titles).
 */
@ApplicationScoped
public class PayrollMappingFile {

    @Inject
    @ConfigProperty(name = "kompetence.import.mapping")
    Optional<String> path;

    private PayrollMapping mapping;

    /** Read once; the mapping is immutable (and final, so it is produced without a proxy). */
    @Produces
    synchronized PayrollMapping mapping() {
        if (mapping == null) {
            mapping = load();
        }
        return mapping;
    }

    private PayrollMapping load() {
        try (InputStream in = path.isPresent() ? Files.newInputStream(Path.of(path.get()))
                : PayrollMappingFile.class.getResourceAsStream("/payroll-mapping.properties")) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the payroll mapping", e);
        }
    }

    public static PayrollMapping read(InputStream in) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new PayrollMapping(properties);
    }
}
