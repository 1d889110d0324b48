package dk.kompetence.web.export;

import dk.kompetence.application.MunicipalityExportWriter;
import dk.kompetence.reporting.CoverageCounts;
import dk.kompetence.reporting.CoverageRow;
import dk.kompetence.reporting.CoverageTotal;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Coverage as an Excel workbook with typed cells: counts are whole numbers, the share is a
 * number formatted as a percentage, the reference date a date, so Excel can sum, sort and chart
 * them. Each sheet has a bold header row that stays in view and an autofilter. Written with
 * POI's streaming SXSSF: only a window of rows is held in memory, the rest goes to (compressed)
 * temporary files that {@link #close()} deletes.
 */
public final class CoverageWorkbook implements MunicipalityExportWriter {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String COVERAGE_SHEET = "Dækning";
    public static final String MUNICIPALITY_SHEET = "Hele kommunen";
    public static final String ABOUT_SHEET = "Om udtrækket";

    static final List<String> INSTITUTION_HEADER = List.of("Område", "Enhed", "Type", "Målsætning", "Stilling",
            "Skæringsdato", "I målgruppen", "Gennemført", "Tilmeldt", "Overskredet", "Dækning", "Opfyldt");
    static final List<String> TOTAL_HEADER = List.of("Målsætning", "Stilling", "Skæringsdato", "I målgruppen",
            "Gennemført", "Tilmeldt", "Overskredet", "Dækning");

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_WIDTH = 60;

    /** A share covered as a fraction (0.725 for 72.5 %), or null when nobody is in scope. */
    private record Share(Double fraction) {

        static Share of(CoverageCounts counts) {
            return new Share(counts.inScope() == 0 ? null : (double) counts.covered() / counts.inScope());
        }
    }

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final LocalDate referenceDate;
    private final LocalDateTime createdAt;
    private final CellStyle header;
    private final CellStyle integer;
    private final CellStyle percent;
    private final CellStyle date;
    private final CellStyle dateTime;

    public CoverageWorkbook(LocalDate referenceDate, LocalDateTime createdAt) {
        this.referenceDate = referenceDate;
        this.createdAt = createdAt;
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        integer = style(BuiltinFormats.getBuiltinFormat("0"));
        percent = style(workbook.createDataFormat().getFormat("0.0%"));
        // The built-in short date: Excel shows it in the reader's own date format (dd-mm-yyyy in Danish).
        date = style(BuiltinFormats.getBuiltinFormat("m/d/yy"));
        dateTime = style(BuiltinFormats.getBuiltinFormat("m/d/yy h:mm"));
    }

    /** A sheet of coverage per institution, target and role (the rows of the coverage report). */
    public void institutions(String sheetName, List<CoverageRow> rows) {
        table(sheetName, INSTITUTION_HEADER, rows, r -> Arrays.asList(r.areaName(), r.institutionName(),
                DanishLabels.institutionType(r.institutionType()), r.targetName(), DanishLabels.role(r.jobRole()),
                referenceDate, r.inScope(), r.covered(), r.booked(), r.overdue(), Share.of(r), r.met() ? "Ja" : "Nej"));
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
                Share.of(t)));
        workbook.setSheetOrder(name, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        about();
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private <T> String table(String wantedName, List<String> columns, List<T> rows, Function<T, List<?>> values) {
        SXSSFSheet sheet = workbook.createSheet(sheetName(wantedName));
        int[] widths = columns.stream().mapToInt(String::length).toArray();
        Row first = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = first.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(header);
        }
        int r = 0;
        for (T row : rows) {
            Row line = sheet.createRow(++r);
            List<?> cells = values.apply(row);
            for (int c = 0; c < cells.size(); c++) {
                widths[c] = Math.max(widths[c], put(line.createCell(c), cells.get(c)));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, r, 0, columns.size() - 1));
        for (int c = 0; c < widths.length; c++) {
            // Room for the autofilter's button next to the header text.
            sheet.setColumnWidth(c, Math.min(widths[c] + 4, MAX_WIDTH) * 256);
        }
        return sheet.getSheetName();
    }

    /** Writes a typed value; returns about how many characters it shows. */
    private int put(Cell cell, Object value) {
        if (value instanceof Integer number) {
            cell.setCellValue(number);
            cell.setCellStyle(integer);
            return String.valueOf(number).length();
        }
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
            return 10;
        }
        if (value instanceof Share share) {
            if (share.fraction() != null) {
                cell.setCellValue(share.fraction());
                cell.setCellStyle(percent);
            }
            return 6;
        }
        String text = value == null ? "" : value.toString();
        cell.setCellValue(text);
        return text.length();
    }

    private void about() {
        SXSSFSheet sheet = workbook.createSheet(sheetName(ABOUT_SHEET));
        List<List<?>> lines = List.of(
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
                List.of("Opfyldt", "Enheden når målsætningens krav, alle stillinger tilsammen."));
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            List<?> cells = lines.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = row.createCell(c);
                if (cells.get(c) instanceof LocalDateTime time) {
                    cell.setCellValue(time);
                    cell.setCellStyle(dateTime);
                } else {
                    put(cell, cells.get(c));
                }
            }
        }
        sheet.getRow(0).getCell(0).setCellStyle(header);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    /** Excel allows 31 characters, no []:*?/\ and no two sheets of the same name. */
    private String sheetName(String wanted) {
        String safe = WorkbookUtil.createSafeSheetName(wanted);
        String name = safe;
        for (int n = 2; workbook.getSheetIndex(name) >= 0; n++) {
            String suffix = " (" + n + ")";
            name = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private CellStyle style(int format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat((short) format);
        return style;
    }
}
