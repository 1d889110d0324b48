package dk.kompetence.web.export;

import dk.kompetence.application.SpendLine;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.reporting.SpendReport;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Job roles, institution types, approaches, spend lines and broken rules as the Danish pages name
 * them, for files and problem answers meant for Danish readers.
 */
public final class DanishLabels {

    // The bundle is read through this class's loader: exports also run on the managed executor's threads.
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dk.kompetence.web.messages",
            Locale.forLanguageTag("da"), DanishLabels.class.getClassLoader());

    private DanishLabels() {
    }

    /** A job role, or "Frivillig" for volunteers (no job role). */
    public static String role(String jobRole) {
        return label("role.", jobRole == null ? "VOLUNTEER" : jobRole);
    }

    public static String institutionType(String type) {
        return type == null ? "" : label("itype.", type);
    }

    public static String approach(String approach) {
        return label("approach.", approach);
    }

    /**
     * The name of a spend line: its own name when it has one, otherwise what its key means (an
     * approach, the central pool, not allocated); payers are named with their kind ("Fond: …").
     */
    public static String spendLine(SpendLine line, SpendReport.Dimension dimension) {
        if (line.key().equals(SpendReport.NOT_ALLOCATED)) {
            return MESSAGES.getString("spend.notAllocated");
        }
        if (dimension == SpendReport.Dimension.APPROACH) {
            return approach(line.key());
        }
        if (dimension == SpendReport.Dimension.PAYER) {
            String kind = label("spend.payer.", line.key().split(":", 2)[0]);
            return line.name() == null ? kind : kind + ": " + line.name();
        }
        return line.name() == null ? line.key() : line.name();
    }

    /** A broken business rule, as the title of a problem answer. */
    public static String rule(Rule rule) {
        return label("rule.", rule.name());
    }

    public static String dimension(SpendReport.Dimension dimension) {
        return label("spend.dimension.", dimension.name());
    }

    private static String label(String prefix, String key) {
        try {
            return MESSAGES.getString(prefix + key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
