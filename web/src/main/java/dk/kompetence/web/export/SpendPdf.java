package dk.kompetence.web.export;

import static dk.kompetence.web.export.PdfStyle.TEXT;
import static dk.kompetence.web.export.PdfStyle.TIME;
import static dk.kompetence.web.export.PdfStyle.TITLE;
import static dk.kompetence.web.export.PdfStyle.heading;

import com.lowagie.text.Paragraph;
import dk.kompetence.application.SpendLine;
import dk.kompetence.reporting.SpendReport.Dimension;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** The spend report of one dimension as a PDF for people: kroner written "12.345,50 kr.". */
public final class SpendPdf {

    private static final float[] WIDTHS = {20, 9, 9, 9, 9, 9, 9, 7, 6, 8, 7};

    private SpendPdf() {
    }

    public static byte[] render(int year, String scope, Dimension dimension, List<SpendLine> lines,
                                LocalDateTime printedAt) {
        return PdfStyle.renderLandscape((document, writer) -> {
            String title = "Forbrug på kompetenceudvikling " + year;
            document.addTitle(title + " – " + scope);
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(scope + " · pr. " + DanishLabels.dimension(dimension).toLowerCase(Locale.ROOT), TEXT));
            heading(document, SpendWorkbook.sheet(dimension));
            if (lines.isEmpty()) {
                document.add(new Paragraph("Intet forbrug i året.", TEXT));
            } else {
                document.add(PdfStyle.figures(SpendTable.header(dimension),
                        lines.stream().map(line -> SpendTable.readable(line, dimension)).toList(), WIDTHS, 1));
            }
            heading(document, "Sådan er tallene regnet");
            for (String note : List.of(SpendNotes.YEAR, "Disponeret: " + SpendNotes.COMMITTED,
                    "Forbrugt: " + SpendNotes.SPENT, "Faste omkostninger: " + SpendNotes.FIXED,
                    "Tilbage af budget: " + SpendNotes.REMAINING, "Pr. dækket person og pr. time: " + SpendNotes.PER_PERSON)) {
                document.add(new Paragraph(note, TEXT));
            }
            Paragraph printed = new Paragraph("Udskrevet " + TIME.format(printedAt) + " fra Kompetence.", TEXT);
            printed.setSpacingBefore(16);
            document.add(printed);
        });
    }
}
