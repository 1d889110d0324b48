package dk.kompetence.domain.payroll;

import java.util.Locale;
import java.util.Optional;

/** The files a payroll delivers: KMD Opus's XML dump, or the documented CSV (SD Løn and others). */
public enum ImportFormat {
    OPUS_XML,
    CSV;

    /** By the file's ending: {@code ZLPE20250301_delta.xml} is Opus, {@code medarbejdere.csv} CSV. */
    public static Optional<ImportFormat> ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            return Optional.of(OPUS_XML);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}
