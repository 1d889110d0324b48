package dk.kompetence.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dk.kompetence.application.ManagementInformation;
import dk.kompetence.application.ManagementInformation.Forecast;
import dk.kompetence.application.ManagementInformation.Level;
import dk.kompetence.application.ManagementInformation.Money;
import dk.kompetence.application.ManagementInformation.TargetFigures;
import dk.kompetence.application.ManagementInformation.Track;
import dk.kompetence.application.ManagementInformation.TrendPoint;
import dk.kompetence.reporting.HoursPerFte;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ManagementInformationPdfTest {

    private static final LocalDate D = LocalDate.of(2026, 11, 25);

    /**
     * Hillerød's eleven focus areas with nine targets, most of their modules on two or three of
     * them (25 target rows), is the most the page is made for: it still fits one A4 page.
     */
    @Test
    void elevenTracksWithTwentyFiveTargetRowsFitOnePageWithTheFiguresAsDanesWriteThem() throws IOException {
        List<TargetFigures> targets = IntStream.range(0, 9).mapToObj(i -> target(i, "Neuroaffektiv tilgang i dagtilbud, mål " + i)).toList();
        List<Track> tracks = new ArrayList<>();
        for (int t = 0; t < 11; t++) {
            int first = t % 9;
            List<TargetFigures> on = t < 3 ? List.of(targets.get(first), targets.get((first + 3) % 9),
                    targets.get((first + 6) % 9)) : List.of(targets.get(first), targets.get((first + 4) % 9));
            tracks.add(new Track((long) t + 1, "T" + t, "Fokusområde " + t, on, new BigDecimal("12345.5"),
                    new BigDecimal("1000")));
        }
        tracks.add(new Track(null, null, null, List.of(), BigDecimal.ZERO, new BigDecimal("300")));
        ManagementInformation info = new ManagementInformation(Level.MUNICIPALITY, null, null, "Hele kommunen", 2026, D,
                List.of(2024, 2025, 2026), tracks, new HoursPerFte.Total(new BigDecimal("7600"), new BigDecimal("700.000"),
                new BigDecimal("10.9")), new Money(new BigDecimal("1500000"), new BigDecimal("120000"),
                new BigDecimal("450000.5"), new BigDecimal("929999.5"), new BigDecimal("160000"), new BigDecimal("565000")));

        byte[] pdf = ManagementInformationPdf.render(info, LocalDateTime.of(2026, 11, 25, 12, 0));
        Files.write(Path.of("target", "ledelsesinformation-test.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages(), "one A4 page");
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        for (String expected : List.of("Ledelsesinformation 2026", "Hele kommunen · skæringsdato 25.11.2026",
                "Timer pr. årsværk 2026: 10,9", "Budget: 1.500.000,00 kr.", "tilbage 929.999,50 kr.",
                "Fokusområde 10 · udgifter: disponeret 12.345,50 kr.", "Uden strategispor", "73,3 % (33/45)",
                "8 af 12 enh.", "25,0 %", "80 %", "min. 2/enhed")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    @Test
    void farMoreTargetsThanAPageHoldsAreScaledDownToOnePageAndStayText() throws IOException {
        List<TargetFigures> targets = IntStream.range(0, 60).mapToObj(i -> target(i, "Målsætning " + i)).toList();
        List<Track> tracks = IntStream.range(0, 6).mapToObj(t -> new Track((long) t + 1, "T" + t, "Spor " + t,
                targets.subList(t * 10, t * 10 + 10), BigDecimal.ONE, BigDecimal.TEN)).toList();
        ManagementInformation info = new ManagementInformation(Level.MUNICIPALITY, null, null, "Hele kommunen", 2026, D,
                List.of(2024, 2025, 2026), tracks, new HoursPerFte.Total(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE),
                new Money(null, BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO, BigDecimal.ZERO));
        byte[] pdf = ManagementInformationPdf.render(info, LocalDateTime.of(2026, 11, 25, 12, 0));
        Files.write(Path.of("target", "ledelsesinformation-scaled.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages());
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertTrue(text.contains("Målsætning 59") && text.contains("73,3 % (33/45)"), text);
    }

    @Test
    void anInstitutionsFewTargetsAlsoGetTheBarChart() throws IOException {
        ManagementInformation info = new ManagementInformation(Level.INSTITUTION, null, 3L, "Børnehuset Æblehaven", 2026,
                D, List.of(2024, 2025, 2026), List.of(new Track(5L, "KOMPETENCER", "Kompetencer",
                List.of(target(1, "NEST for alle")), BigDecimal.ZERO, BigDecimal.ZERO)),
                new HoursPerFte.Total(BigDecimal.ZERO, BigDecimal.ZERO, null),
                new Money(null, BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO, BigDecimal.ZERO));
        String text = new PdfTextExtractor(new PdfReader(ManagementInformationPdf.render(info,
                LocalDateTime.of(2026, 11, 25, 12, 0)))).getTextFromPage(1).replaceAll("\\s+", " ");
        for (String expected : List.of("Børnehuset Æblehaven", "Dækning pr. målsætning på skæringsdatoen",
                "Budget: intet budget for året.", "ingen medarbejdere med arbejdstid i 2026")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    private static TargetFigures target(int i, String name) {
        boolean headCount = i == 8;
        return new TargetFigures(i, name, headCount ? null : 80, headCount ? 2 : null, D, 45, 33, 33 * 100.0 / 45,
                headCount ? null : false, new Forecast(12, 5, 8), List.of(new TrendPoint(2024, D.minusYears(2), 40, 10, 25.0),
                new TrendPoint(2025, D.minusYears(1), 40, 20, 50.0), new TrendPoint(2026, D, 45, 33, 33 * 100.0 / 45)));
    }
}
