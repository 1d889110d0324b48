package dk.kompetence.web.api;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as Danish readers and Danish Excel expect them: decimal comma. */
final class DanishNumbers {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private DanishNumbers() {
    }

    static String percent(Double value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(DANISH);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
