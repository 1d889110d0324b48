package dk.kompetence.web.export;

import dk.kompetence.application.MunicipalityExportWriter;
import dk.kompetence.reporting.CoverageCounts;
import dk.kompetence.reporting.CoverageRow;
import dk.kompetence.reporting.CoverageTotal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage as an Excel workbook (see {@link TypedWorkbook}): counts are whole numbers, the share
 * is a percentage, the reference date a date.
 */
public final class CoverageWorkbook extends TypedWorkbook implements MunicipalityExportWriter {

    public static final String COVERAGE_SHEET = "Dækning";
    public static final String MUNICIPALITY_SHEET = "Hele kommunen";
    public static final String ABOUT_SHEET = "Om udtrækket";

    static final List<String> INSTITUTION_HEADER = List.of("Område", "Enhed", "Type", "Målsætning", "Stilling",
            "Skæringsdato", "I målgruppen", "Gennemført", "Tilmeldt", "Overskredet", "Dækning", "Opfyldt");
    static final List<String> TOTAL_HEADER = List.of("Målsætning", "Stilling", "Skæringsdato", "I målgruppen",
            "Gennemført", "Tilmeldt", "Overskredet", "Dækning");

    private final LocalDate referenceDate;
    private final LocalDateTime createdAt;

    public CoverageWorkbook(LocalDate referenceDate, LocalDateTime createdAt) {
        this.referenceDate = referenceDate;
        this.createdAt = createdAt;
    }

    /** The share covered, or none when nobody is in scope. */
    private static Fraction share(CoverageCounts counts) {
        return new Fraction(counts.inScope() == 0 ? null : (double) counts.covered() / counts.inScope());
    }

    /** A sheet of coverage per institution, target and role (the rows of the coverage report). */
    public void institutions(String sheetName, List<CoverageRow> rows) {
        table(sheetName, INSTITUTION_HEADER, rows, r -> Arrays.asList(r.areaName(), r.institutionName(),
                DanishLabels.institutionType(r.institutionType()), r.targetName(), DanishLabels.role(r.jobRole()),
                referenceDate, r.inScope(), r.covered(), r.booked(), r.overdue(), share(r), r.met() ? "Ja" : "Nej"));
    }

    @Override
    public void area(String areaName, List<CoverageRow> rows) {
        institutions(areaName, rows);
    }

    /** The municipality's totals (each person once) go first in the workbook. */
    @Override
    public void municipality(List<CoverageTotal> totals) {
        String name = table(MUNICIPALITY_SHEET, TOTAL_HEADER, totals, t -> Arrays.asList(t.targetName(),
                DanishLabels.role(t.jobRole()), referenceDate, t.inScope(), t.covered(), t.booked(), t.overdue(),
                share(t)));
        workbook.setSheetOrder(name, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
    }

    @Override
    protected void about() {
        notes(ABOUT_SHEET, List.of(
                List.of("Kompetence: dækning af målsætninger"),
                List.of("Skæringsdato", referenceDate),
                List.of("Udtrukket", createdAt),
                List.of(""),
                List.of("I målgruppen", "Alle med en aktiv tilknytning på skæringsdatoen i målsætningens målgruppe, "
                        + "også dem der aldrig har tilmeldt sig."),
                List.of("Gennemført", "I målgruppen og med et gyldigt (ikke udløbet) gennemført forløb på skæringsdatoen."),
                List.of("Tilmeldt", "Ikke gennemført, men med en aktiv tilmelding."),
                List.of("Overskredet", "Ikke gennemført, og fristen er overskredet."),
                List.of("Dækning", "Gennemført i forhold til i målgruppen."),
                List.of("Opfyldt", "Enheden når målsætningens krav, alle stillinger tilsammen.")));
    }
}
