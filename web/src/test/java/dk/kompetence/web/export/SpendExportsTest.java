package dk.kompetence.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dk.kompetence.application.SpendLine;
import dk.kompetence.reporting.SpendReport.Dimension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpendExportsTest {

    private static final LocalDateTime PRINTED = LocalDateTime.of(2027, 1, 10, 8, 0);
    private static final SpendLine NEST = new SpendLine("NEST", null, null, null, new BigDecimal("300.00"),
            new BigDecimal("12345.50"), new BigDecimal("666.67"), new BigDecimal("13012.17"), 2, new BigDecimal("12.0"),
            new BigDecimal("6506.09"), new BigDecimal("1084.35"));
    private static final SpendLine OWN = new SpendLine("INSTITUTION:7", "Børnehuset Æblehaven", new BigDecimal("50000.00"),
            new BigDecimal("37354.50"), new BigDecimal("300.00"), new BigDecimal("12345.50"), BigDecimal.ZERO,
            new BigDecimal("12345.50"), 0, BigDecimal.ZERO, null, null);

    @Test
    void moneyIsWrittenTheDanishWayForReadersAndAsAPlainDecimalCommaForSpreadsheets() {
        assertEquals("12.345,50 kr.", DanishNumbers.money(new BigDecimal("12345.5")));
        assertEquals("0,00 kr.", DanishNumbers.money(BigDecimal.ZERO));
        assertEquals("-0,01 kr.", DanishNumbers.money(new BigDecimal("-0.01")));
        assertEquals("1234567,89", DanishNumbers.amount(new BigDecimal("1234567.89")));

        List<String> readable = SpendTable.readable(NEST, Dimension.APPROACH);
        assertEquals("NEST", readable.get(0));
        assertEquals("", readable.get(1), "no budget on an approach");
        assertEquals("12.345,50 kr.", readable.get(3));
        assertEquals("12,0", readable.get(8), "hours are no money");
        assertEquals("Enhed: Børnehuset Æblehaven", SpendTable.readable(OWN, Dimension.PAYER).get(0));
        assertEquals("37354,50", SpendTable.spreadsheet(OWN, Dimension.PAYER).get(6));
    }

    @Test
    void theWorkbookHoldsAmountsAsNumbersInKroner() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpendWorkbook workbook = new SpendWorkbook(2027, "Hele kommunen", PRINTED)) {
            workbook.lines(Dimension.PAYER, List.of(OWN));
            workbook.writeTo(out);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = read.getSheet("Forbrug pr. betaler");
            assertEquals("Betaler", sheet.getRow(0).getCell(0).getStringCellValue());
            Row line = sheet.getRow(1);
            assertEquals("Enhed: Børnehuset Æblehaven", line.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, line.getCell(1).getCellType());
            assertEquals(50000.00, line.getCell(1).getNumericCellValue());
            assertTrue(line.getCell(1).getCellStyle().getDataFormatString().contains("kr."));
            assertEquals(37354.50, line.getCell(6).getNumericCellValue());
            assertEquals(0, (int) line.getCell(7).getNumericCellValue());
            assertEquals(CellType.BLANK, line.getCell(9).getCellType(), "no cost per person without covered people");
            assertTrue(read.getSheet(SpendWorkbook.ABOUT_SHEET) != null);
        }
    }

    @Test
    void thePdfWritesKronerTheDanishWayAndSaysHowTheFiguresAreMade() throws IOException {
        byte[] pdf = SpendPdf.render(2027, "Distrikt Nord", Dimension.APPROACH, List.of(NEST), PRINTED);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        for (String expected : List.of("Forbrug på kompetenceudvikling 2027", "Distrikt Nord", "Tilgang", "NEST",
                "12.345,50 kr.", "666,67 kr.", "6.506,09 kr.", "Faste omkostninger", "Udskrevet 10.01.2027 08:00")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }
}
