package dk.kompetence.web.export;

import dk.kompetence.application.SpendLine;
import dk.kompetence.reporting.SpendReport.Dimension;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The spend report's columns, the same in CSV, Excel and PDF: typed values for Excel, and the
 * same values as Danish text, for the PDF with "kr." and for a CSV cell Excel reads as a number.
 */
public final class SpendTable {

    private static final List<String> FIGURES = List.of("Budget", "Disponeret", "Forbrugt", "Faste omkostninger",
            "Betalt i alt", "Tilbage af budget", "Dækkede personer", "Timer", "Pr. dækket person", "Pr. time");

    private SpendTable() {
    }

    public static List<String> header(Dimension dimension) {
        return concat(DanishLabels.dimension(dimension), FIGURES);
    }

    /** Name, amounts as BigDecimal (null: none), people as Integer, hours as a one-decimal figure. */
    public static List<?> typed(SpendLine line, Dimension dimension) {
        return Arrays.asList(DanishLabels.spendLine(line, dimension), line.budget(), line.committed(), line.spent(),
                line.fixedCosts(), line.paid(), line.remaining(), line.coveredPeople(), new TypedWorkbook.Decimal(line.completedHours()),
                line.costPerCoveredPerson(), line.costPerHour());
    }

    /** For people to read: "12.345,50 kr.". */
    public static List<String> readable(SpendLine line, Dimension dimension) {
        return text(line, dimension, DanishNumbers::money);
    }

    /** For a Danish spreadsheet: "12345,50". */
    public static List<String> spreadsheet(SpendLine line, Dimension dimension) {
        return text(line, dimension, DanishNumbers::amount);
    }

    private static List<String> text(SpendLine line, Dimension dimension, Function<BigDecimal, String> money) {
        return typed(line, dimension).stream().map(value -> value instanceof BigDecimal amount ? money.apply(amount)
                : value == null ? "" : value.toString()).toList();
    }

    private static List<String> concat(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }
}
