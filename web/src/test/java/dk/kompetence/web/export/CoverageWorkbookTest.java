package dk.kompetence.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.reporting.CoverageRow;
import dk.kompetence.reporting.CoverageTotal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CoverageWorkbookTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);
    private static final String LONG_AREA = "Fællesfunktioner, Fritid og Familie";

    @Test
    void countsAreWholeNumbersTheShareIsAPercentageAndTheDateADate() throws IOException {
        XSSFWorkbook read = write(book -> book.institutions(CoverageWorkbook.COVERAGE_SHEET, List.of(
                row(3, "Ådalens Skole", "TEACHER", 40, 29, 5, 2),
                row(3, "Ådalens Skole", null, 0, 0, 0, 0))));
        XSSFSheet sheet = read.getSheet("Dækning");
        assertEquals(CoverageWorkbook.INSTITUTION_HEADER, texts(sheet.getRow(0)));
        Row first = sheet.getRow(1);
        assertEquals("Ådalens Skole", first.getCell(1).getStringCellValue());
        assertEquals("Skole", first.getCell(2).getStringCellValue(), "the type in Danish");
        assertEquals("Lærer", first.getCell(4).getStringCellValue(), "the role in Danish");
        assertTrue(DateUtil.isCellDateFormatted(first.getCell(5)));
        assertEquals(DAY.atStartOfDay(), first.getCell(5).getLocalDateTimeCellValue());
        for (int c = 6; c <= 9; c++) {
            assertEquals(CellType.NUMERIC, first.getCell(c).getCellType());
        }
        assertEquals(40, first.getCell(6).getNumericCellValue());
        assertEquals(29, first.getCell(7).getNumericCellValue());
        assertEquals(0.725, first.getCell(10).getNumericCellValue(), 1e-9);
        assertEquals("0.0%", first.getCell(10).getCellStyle().getDataFormatString());
        assertEquals("Nej", first.getCell(11).getStringCellValue());
        Row volunteers = sheet.getRow(2);
        assertEquals("Frivillig", volunteers.getCell(4).getStringCellValue());
        assertEquals(CellType.BLANK, volunteers.getCell(10).getCellType(), "no share when nobody is in scope");

        assertNotNull(sheet.getPaneInformation(), "the header row is frozen");
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
        assertEquals("A1:L3", sheet.getCTWorksheet().getAutoFilter().getRef());
        assertTrue(sheet.getColumnWidth(1) >= "Ådalens Skole".length() * 256, "the institution column fits its names");
    }

    @Test
    void aMunicipalityExportHasTheTotalsFirstThenOneSheetPerAreaWithExcelsNameRules() throws IOException {
        XSSFWorkbook read = write(book -> {
            book.area("Distrikt Nord", List.of(row(1, "Grønnevang Skole", "TEACHER", 10, 5, 1, 0)));
            book.area(LONG_AREA, List.of(row(2, "PPR", "PSYCHOLOGIST", 4, 4, 0, 0)));
            book.area(LONG_AREA + " 2", List.of());
            book.municipality(List.of(new CoverageTotal(null, null, 7, "Alle har NEST", "TEACHER", 14, 9, 1, 0)));
        });
        assertEquals(List.of("Hele kommunen", "Distrikt Nord", "Fællesfunktioner, Fritid og Fam",
                "Fællesfunktioner, Fritid og (2)", "Om udtrækket"), sheetNames(read));
        XSSFSheet totals = read.getSheetAt(0);
        assertEquals(CoverageWorkbook.TOTAL_HEADER, texts(totals.getRow(0)));
        assertEquals(14, totals.getRow(1).getCell(3).getNumericCellValue());
        assertEquals(9.0 / 14, totals.getRow(1).getCell(7).getNumericCellValue(), 1e-9);
        assertEquals(1, read.getSheetAt(3).getLastRowNum() + 1, "an area without rows keeps its header");
    }

    private interface Filling {
        void fill(CoverageWorkbook book) throws IOException;
    }

    private static XSSFWorkbook write(Filling filling) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CoverageWorkbook book = new CoverageWorkbook(DAY, LocalDateTime.of(2026, 4, 1, 9, 30))) {
            filling.fill(book);
            book.writeTo(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static CoverageRow row(long institution, String name, String role, int inScope, int covered, int booked,
                                   int overdue) {
        return new CoverageRow(institution, name, "SCHOOL", 1, "Distrikt Syd", 7, "Alle har NEST", role, inScope,
                covered, booked, overdue, false);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new java.util.ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }
}
