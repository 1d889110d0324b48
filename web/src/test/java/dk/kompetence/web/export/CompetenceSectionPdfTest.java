package dk.kompetence.web.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dk.kompetence.application.CompetenceSection;
import dk.kompetence.application.CompetenceSection.Line;
import dk.kompetence.reporting.HoursPerFte;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetenceSectionPdfTest {

    private static final LocalDateTime PRINTED = LocalDateTime.of(2027, 1, 10, 8, 0);
    private static final List<Line> LINES = List.of(
            new Line(7, "Alle pædagoger har Børn i Fællesskaber", "PEDAGOGUE", 18, 13, 2, 1, true),
            new Line(7, "Alle pædagoger har Børn i Fællesskaber", null, 4, 1, 0, 0, true),
            new Line(9, "NEST for lærere", "TEACHER", 0, 0, 0, 0, false));
    private static final HoursPerFte HOURS = new HoursPerFte(3, "Børnehuset Æblehaven", new BigDecimal("245.0"),
            new BigDecimal("19.9"), new BigDecimal("12.3"));

    @Test
    void aFrozenYearShowsItsFiguresChartHoursAndTheLeadersNarrative() throws IOException {
        String text = text(CompetenceSectionPdf.render(new CompetenceSection(3, "Børnehuset Æblehaven", "Distrikt Nord",
                2026, LocalDate.of(2026, 12, 31), LocalDateTime.of(2027, 1, 5, 10, 0), "hr",
                "NEST og LØFT har givet et fælles sprog.", "leder", LINES, HOURS), PRINTED));
        for (String expected : List.of("Kompetenceudvikling", "Børnehuset Æblehaven, Distrikt Nord",
                "Kvalitetsrapport 2026", "31.12.2026", "fastfrosset 05.01.2027 10:00 af hr",
                "Alle pædagoger har Børn i Fællesskaber", "Pædagog", "Frivillig", "72,2 %", "25,0 %",
                "12,3 timer pr. årsværk i 2026", "NEST og LØFT har givet et fælles sprog.", "Lederens beskrivelse")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    @Test
    void aYearNotFrozenSaysItsFiguresMayChangeAndHasNoNarrative() throws IOException {
        String text = text(CompetenceSectionPdf.render(new CompetenceSection(3, "Børnehuset Æblehaven", "Distrikt Nord",
                2026, LocalDate.of(2026, 5, 1), null, null, null, null, LINES, null), PRINTED));
        assertTrue(text.contains("Foreløbige tal"), text);
        assertTrue(text.contains("ingen medarbejdere med arbejdstid i 2026"), text);
        assertFalse(text.contains("Lederens beskrivelse"), text);
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
