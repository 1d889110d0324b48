package dk.kompetence.web.export;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Job roles and institution types as the Danish pages name them, for files meant for Danish readers. */
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

    private static String label(String prefix, String key) {
        try {
            return MESSAGES.getString(prefix + key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
