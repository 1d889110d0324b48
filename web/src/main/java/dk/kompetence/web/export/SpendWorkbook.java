package dk.kompetence.web.export;

import dk.kompetence.application.SpendLine;
import dk.kompetence.reporting.SpendReport.Dimension;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** The spend report as an Excel workbook: amounts are numbers in kroner with øre, so Excel can sum them. */
public final class SpendWorkbook extends TypedWorkbook {

    public static final String ABOUT_SHEET = "Om udtrækket";

    private final int year;
    private final String scope;
    private final LocalDateTime createdAt;

    public SpendWorkbook(int year, String scope, LocalDateTime createdAt) {
        this.year = year;
        this.scope = scope;
        this.createdAt = createdAt;
    }

    public static String sheet(Dimension dimension) {
        return "Forbrug pr. " + DanishLabels.dimension(dimension).toLowerCase(Locale.ROOT);
    }

    public void lines(Dimension dimension, List<SpendLine> lines) {
        table(sheet(dimension), SpendTable.header(dimension), lines, line -> SpendTable.typed(line, dimension));
    }

    @Override
    protected void about() {
        notes(ABOUT_SHEET, List.of(
                List.of("Kompetence: forbrug på kompetenceudvikling"),
                List.of("År", String.valueOf(year)),
                List.of("Omfang", scope),
                List.of("Udtrukket", createdAt),
                List.of(""),
                List.of("År", SpendNotes.YEAR),
                List.of("Disponeret", SpendNotes.COMMITTED),
                List.of("Forbrugt", SpendNotes.SPENT),
                List.of("Faste omkostninger", SpendNotes.FIXED),
                List.of("Tilbage af budget", SpendNotes.REMAINING),
                List.of("Pr. dækket person", SpendNotes.PER_PERSON)));
    }
}
