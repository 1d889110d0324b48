package dk.kompetence.web.export;

import static dk.kompetence.web.export.PdfStyle.DATE;
import static dk.kompetence.web.export.PdfStyle.TEXT;
import static dk.kompetence.web.export.PdfStyle.TIME;
import static dk.kompetence.web.export.PdfStyle.TITLE;
import static dk.kompetence.web.export.PdfStyle.heading;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import dk.kompetence.application.CompetenceSection;
import dk.kompetence.application.CompetenceSection.Line;
import dk.kompetence.reporting.HoursPerFte;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quality report's section "Kompetenceudvikling" for one institution and year: coverage per
 * target and role, a bar chart per target, hours per FTE and the leader's narrative.
 */
public final class CompetenceSectionPdf {

    private static final Font SUBTITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final List<String> HEADER = List.of("Målsætning", "Stilling", "I målgruppen", "Gennemført",
            "Dækning", "Tilmeldt", "Overskredet", "Opfyldt");
    private static final float[] WIDTHS = {22, 16, 12, 12, 10, 9, 11, 8};

    private CompetenceSectionPdf() {
    }

    public static byte[] render(CompetenceSection section, LocalDateTime printedAt) {
        return PdfStyle.render((document, writer) -> {
            document.addTitle("Kompetenceudvikling – " + section.institutionName() + " " + section.year());
            document.add(new Paragraph("Kompetenceudvikling", TITLE));
            document.add(new Paragraph(section.institutionName() + ", " + section.areaName(), SUBTITLE));
            document.add(new Paragraph("Kvalitetsrapport " + section.year() + " · skæringsdato "
                    + DATE.format(section.referenceDate()), TEXT));
            document.add(new Paragraph(section.frozen()
                    ? "Tallene blev fastfrosset " + TIME.format(section.frozenAt()) + " af " + section.frozenBy()
                    + " og ændres ikke."
                    : "Foreløbige tal: året er ikke fastfrosset, så tallene kan stadig ændre sig.", TEXT));

            heading(document, "Dækning pr. målsætning og stilling");
            if (section.lines().isEmpty()) {
                document.add(new Paragraph("Ingen målsætninger gælder for enheden.", TEXT));
            } else {
                document.add(PdfStyle.figures(HEADER, section.lines().stream().map(CompetenceSectionPdf::row).toList(),
                        WIDTHS, 2));
                heading(document, "Dækning pr. målsætning, alle stillinger");
                document.add(CoverageBarChart.draw(writer, bars(section.lines()),
                        document.right() - document.left()));
                document.add(new Paragraph("Grøn søjle: målet er nået. Orange: målet er endnu ikke nået.", TEXT));
            }

            heading(document, "Timer pr. årsværk");
            document.add(new Paragraph(hours(section.hours(), section.year()), TEXT));

            if (section.frozen()) {
                narrative(document, section);
            }
            Paragraph printed = new Paragraph("Udskrevet " + TIME.format(printedAt) + " fra Kompetence.", TEXT);
            printed.setSpacingBefore(16);
            document.add(printed);
        });
    }

    private static List<String> row(Line line) {
        return List.of(line.targetName(), DanishLabels.role(line.jobRole()), String.valueOf(line.inScope()),
                String.valueOf(line.covered()), percent(line.percentCovered()), String.valueOf(line.booked()),
                String.valueOf(line.overdue()), line.met() ? "Ja" : "Nej");
    }

    /** All roles of each target together, in the order of the table. */
    private static List<CoverageBarChart.Bar> bars(List<Line> lines) {
        Map<Long, List<Line>> byTarget = new LinkedHashMap<>();
        lines.forEach(l -> byTarget.computeIfAbsent(l.targetId(), id -> new ArrayList<>()).add(l));
        return byTarget.values().stream().map(target -> {
            int inScope = target.stream().mapToInt(Line::inScope).sum();
            int covered = target.stream().mapToInt(Line::covered).sum();
            return new CoverageBarChart.Bar(target.get(0).targetName(), inScope == 0 ? null : 100.0 * covered / inScope,
                    covered, inScope, target.get(0).met());
        }).toList();
    }

    private static String hours(HoursPerFte hours, int year) {
        if (hours == null || hours.hoursPerFte() == null) {
            return "Enheden havde ingen medarbejdere med arbejdstid i " + year + ".";
        }
        return DanishNumbers.decimal(hours.hoursPerFte()) + " timer pr. årsværk i " + year + " ("
                + DanishNumbers.decimal(hours.hours()) + " timer fordelt på " + DanishNumbers.decimal(hours.fte())
                + " årsværk).";
    }

    private static void narrative(Document document, CompetenceSection section) throws DocumentException {
        heading(document, "Lederens beskrivelse");
        if (section.narrative() == null) {
            document.add(new Paragraph("Lederen har endnu ikke skrevet en beskrivelse.", TEXT));
            return;
        }
        document.add(new Paragraph(section.narrative(), TEXT));
        document.add(new Paragraph("– " + section.narrativeBy(), TEXT));
    }

    private static String percent(Double value) {
        return value == null ? "–" : DanishNumbers.percent(value) + " %";
    }
}
