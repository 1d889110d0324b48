package dk.kompetence.web.export;

import static dk.kompetence.web.export.PdfStyle.DATE;
import static dk.kompetence.web.export.PdfStyle.TEXT;
import static dk.kompetence.web.export.PdfStyle.TIME;
import static dk.kompetence.web.export.PdfStyle.TITLE;
import static dk.kompetence.web.export.PdfStyle.heading;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dk.kompetence.application.ManagementInformation;
import dk.kompetence.application.ManagementInformation.Forecast;
import dk.kompetence.application.ManagementInformation.Money;
import dk.kompetence.application.ManagementInformation.TargetFigures;
import dk.kompetence.application.ManagementInformation.Track;
import dk.kompetence.application.ManagementInformation.TrendPoint;
import dk.kompetence.reporting.HoursPerFte;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Ledelsesinformation on one A4 page, from the same value the page and the JSON show: the key
 * figures, a compact table per strategy track and a bar chart of coverage per target.
 */
public final class ManagementInformationPdf {

    /** Points a section heading and the closing line take. */
    private static final float CHART_HEADING = 32;
    private static final float FOOTER = 24;
    /** Points the note under the table takes, with the space an image keeps around it. */
    private static final float NOTE = 48;

    private ManagementInformationPdf() {
    }

    public static byte[] render(ManagementInformation info, LocalDateTime printedAt) {
        return PdfStyle.render((document, writer) -> {
            String title = "Ledelsesinformation " + info.year();
            document.addTitle(title + " – " + info.scopeName());
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(info.scopeName() + " · skæringsdato " + DATE.format(info.referenceDate()), TEXT));

            heading(document, "Nøgletal");
            document.add(new Paragraph(hours(info.hours(), info.year()), TEXT));
            money(info.money()).forEach(line -> document.add(new Paragraph(line, TEXT)));

            heading(document, "Pr. strategispor");
            if (info.tracks().isEmpty()) {
                document.add(new Paragraph("Ingen målsætninger eller udgifter for det valgte.", TEXT));
            } else {
                List<String> header = header(info);
                PdfPTable table = PdfStyle.groupedFigures(header, info.tracks().stream().map(track -> new PdfStyle.Group(
                        trackName(track) + " · udgifter: disponeret " + DanishNumbers.money(track.committed())
                                + ", betalt " + DanishNumbers.money(track.paid()),
                        track.targets().stream().map(t -> row(t, info)).toList())).toList(),
                        widths(header.size(), info.trendYears().size()), 1);
                document.add(onePage(writer, document, table));
                document.add(new Paragraph("Prognose: enheder der forventes at nå målet inden fristen. Årstal: "
                        + "dækningen 31. december de foregående år og på skæringsdatoen.", TEXT));
            }

            // The table comes first; the chart repeats its coverage column as bars and is left out
            // when it would push the page onto a second one.
            List<CoverageBarChart.Bar> bars = bars(info);
            float room = writer.getVerticalPosition(true) - document.bottom();
            if (!bars.isEmpty() && room > CoverageBarChart.height(bars.size()) + CHART_HEADING + FOOTER) {
                heading(document, "Dækning pr. målsætning på skæringsdatoen");
                document.add(CoverageBarChart.draw(writer, bars, document.right() - document.left()));
            }
            Paragraph printed = new Paragraph("Udskrevet " + TIME.format(printedAt)
                    + " fra Kompetence. Samme tal som dækningsrapporten, prognosen og forbrugsrapporten.", TEXT);
            printed.setSpacingBefore(8);
            document.add(printed);
        });
    }

    /**
     * The table as it is when it fits the rest of the page; otherwise drawn as a whole and scaled
     * down to fit (its text stays text), so a municipality with many targets still gets one page.
     */
    private static Element onePage(PdfWriter writer, Document document, PdfPTable table) throws DocumentException {
        float width = document.right() - document.left();
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        float room = writer.getVerticalPosition(true) - document.bottom() - NOTE - FOOTER;
        if (table.getTotalHeight() <= room) {
            return table;
        }
        PdfTemplate template = writer.getDirectContent().createTemplate(width, table.getTotalHeight());
        table.writeSelectedRows(0, -1, 0, table.getTotalHeight(), template);
        try {
            Image image = Image.getInstance(template);
            image.scaleToFit(width, room);
            image.setAlt("Målsætninger pr. strategispor");
            return image;
        } catch (BadElementException e) {
            throw new DocumentException(e);
        }
    }

    /** The spoken name of a track, or the group of targets whose modules lie on no track. */
    public static String trackName(Track track) {
        return track.trackId() == null ? "Uden strategispor" : track.name();
    }

    private static List<String> header(ManagementInformation info) {
        List<String> header = new ArrayList<>(List.of("Målsætning", "Krav", "Dækning", "Opfyldt"));
        if (hasForecast(info)) {
            header.add("Prognose");
        }
        info.trendYears().forEach(year -> header.add(String.valueOf(year)));
        return header;
    }

    private static boolean hasForecast(ManagementInformation info) {
        return targets(info).anyMatch(t -> t.forecast() != null);
    }

    private static float[] widths(int columns, int trendYears) {
        // Name, requirement, coverage, met, (forecast,) then one narrow column per trend year.
        float[] widths = new float[columns];
        float[] leading = {34, 11, 13, 7, 12};
        for (int i = 0; i < columns; i++) {
            widths[i] = i < columns - trendYears ? leading[i] : 7;
        }
        return widths;
    }

    private static List<String> row(TargetFigures target, ManagementInformation info) {
        List<String> row = new ArrayList<>(List.of(target.name(), requirement(target),
                percent(target.percentCovered()) + " (" + target.covered() + "/" + target.inScope() + ")",
                target.met() == null ? "–" : target.met() ? "Ja" : "Nej"));
        if (hasForecast(info)) {
            row.add(forecast(target.forecast()));
        }
        target.trend().stream().map(TrendPoint::percentCovered).map(ManagementInformationPdf::percent)
                .forEach(row::add);
        return row;
    }

    private static String requirement(TargetFigures target) {
        return target.minimumCount() != null ? "min. " + target.minimumCount() + "/enhed"
                : target.requiredPercent() + " %";
    }

    /** Institutions that meet the target by the deadline at the pace of the last year, of those it applies to. */
    private static String forecast(Forecast forecast) {
        return forecast == null ? "–" : forecast.metByDeadline() + " af " + forecast.institutions() + " enh.";
    }

    private static String hours(HoursPerFte.Total hours, int year) {
        if (hours.hoursPerFte() == null) {
            return "Timer pr. årsværk: ingen medarbejdere med arbejdstid i " + year + ".";
        }
        return "Timer pr. årsværk " + year + ": " + DanishNumbers.decimal(hours.hoursPerFte()) + " ("
                + DanishNumbers.decimal(hours.hours()) + " timer fordelt på " + DanishNumbers.decimal(hours.fte())
                + " årsværk).";
    }

    private static List<String> money(Money money) {
        String budget = money.budget() == null ? "Budget: intet budget for året."
                : "Budget: " + DanishNumbers.money(money.budget()) + " · disponeret "
                + DanishNumbers.money(money.budgetCommitted()) + " · forbrugt " + DanishNumbers.money(money.budgetSpent())
                + " · tilbage " + DanishNumbers.money(money.budgetRemaining());
        return List.of(budget, "Udgifter i alt uanset betaler: disponeret " + DanishNumbers.money(money.committed())
                + " · betalt " + DanishNumbers.money(money.paid()));
    }

    /** Each target once, in the order of the tables. */
    private static List<CoverageBarChart.Bar> bars(ManagementInformation info) {
        Map<Long, TargetFigures> targets = new LinkedHashMap<>();
        targets(info).forEach(t -> targets.putIfAbsent(t.targetId(), t));
        return targets.values().stream().map(t -> new CoverageBarChart.Bar(t.name(), t.percentCovered(), t.covered(),
                t.inScope(), Boolean.TRUE.equals(t.met()))).toList();
    }

    private static String percent(Double value) {
        return value == null ? "–" : DanishNumbers.percent(value) + " %";
    }

    private static Stream<TargetFigures> targets(ManagementInformation info) {
        return info.tracks().stream().flatMap(t -> t.targets().stream());
    }
}
