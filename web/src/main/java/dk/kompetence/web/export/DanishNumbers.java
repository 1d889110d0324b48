package dk.kompetence.web.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as Danish readers and Danish Excel expect them: decimal comma, kroner with øre. */
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

    /** Kroner as Danish readers write them: "12.345,50 kr.", or empty when there is none. */
    public static String money(BigDecimal value) {
        return value == null ? "" : kroner(true).format(value) + " kr.";
    }

    /** Kroner for a Danish spreadsheet cell: "12345,50", no thousands separator, so Excel reads a number. */
    public static String amount(BigDecimal value) {
        return value == null ? "" : kroner(false).format(value);
    }

    private static NumberFormat kroner(boolean grouped) {
        NumberFormat format = NumberFormat.getNumberInstance(DANISH);
        format.setGroupingUsed(grouped);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private static NumberFormat oneDecimal() {
        NumberFormat format = NumberFormat.getNumberInstance(DANISH);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format;
    }
}
