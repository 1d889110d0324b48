package dk.kompetence.web.export;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as Danish readers and Danish Excel expect them: decimal comma. */
public final class DanishNumbers {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private DanishNumbers() {
    }

    /** A share in percent with one decimal ("72,5"), or empty when there is none. */
    public static String percent(Double value) {
        return value == null ? "" : oneDecimal().format(value);
    }

    /** A figure with one decimal ("12,3"), or empty when there is none. */
    public static String decimal(BigDecimal value) {
        return value == null ? "" : oneDecimal().format(value);
    }

    private static NumberFormat oneDecimal() {
        NumberFormat format = NumberFormat.getNumberInstance(DANISH);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format;
    }
}
