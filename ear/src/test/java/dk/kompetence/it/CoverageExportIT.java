package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coverage as files over real HTTP: the Excel workbook (opened with POI), the quality report's
 * PDF section (its text read back), and the whole municipality's export made in the background.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoverageExportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADER = List.of("Område", "Enhed", "Type", "Målsætning", "Stilling",
            "Skæringsdato", "I målgruppen", "Gennemført", "Tilmeldt", "Overskredet", "Dækning", "Opfyldt");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    @Test
    void theWorkbookHasATypedFrozenHeaderAndTheSameFiguresAsTheJsonReport() throws IOException {
        Api api = new Api(base);
        LocalDate day = LocalDate.now().minusDays(1);
        JsonArray json = Http.json(api.get("coverage?date=" + day));
        long started = System.nanoTime();
        HttpResponse<byte[]> response = download(api.uri("coverage/export.xlsx?date=" + day), "hr");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, response.statusCode());
        assertEquals(XLSX, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("daekning.xlsx"));

        try (XSSFWorkbook workbook = open(response.body())) {
            XSSFSheet sheet = workbook.getSheet("Dækning");
            assertNotNull(sheet, "a sheet named in Danish");
            assertEquals(HEADER, texts(sheet.getRow(0)));
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header row stays in view");
            assertTrue(sheet.getCTWorksheet().getAutoFilter().getRef().startsWith("A1:L"), "an autofilter");
            assertEquals(json.size(), sheet.getLastRowNum(), "one row per JSON row");

            Row first = sheet.getRow(1);
            for (int c = 6; c <= 9; c++) {
                assertEquals(CellType.NUMERIC, first.getCell(c).getCellType(), "counts are numbers");
            }
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(5)), "the reference date is a date cell");
            assertEquals(day, first.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            Cell share = sheet.getRow(rowWithPeople(sheet)).getCell(10);
            assertEquals(CellType.NUMERIC, share.getCellType());
            assertEquals("0.0%", share.getCellStyle().getDataFormatString(), "the share is a formatted percentage");

            assertEquals(jsonLines(json), workbookLines(sheet), "the same figures as the JSON report");
        }
        System.out.printf("export.xlsx of %d rows in %d ms%n", json.size(), millis);
    }

    @Test
    void aLeadersWorkbookHoldsOnlyTheirOwnInstitution() throws IOException {
        Api api = new Api(base);
        String led = api.getObject("institutions/" + ledInstitution(api)).getString("name");
        try (XSSFWorkbook workbook = open(download(api.uri("coverage/export.xlsx"), "leder").body())) {
            Sheet sheet = workbook.getSheet("Dækning");
            assertTrue(sheet.getLastRowNum() > 0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertEquals(led, sheet.getRow(r).getCell(1).getStringCellValue());
            }
        }
    }

    @Test
    void thePdfSectionNamesTheInstitutionItsTargetsAndTheirFigures() throws IOException {
        Api api = new Api(base);
        long institution = ledInstitution(api);
        String name = api.getObject("institutions/" + institution).getString("name");
        int year = LocalDate.now().getYear();
        JsonArray rows = Http.json(api.get("coverage?institution=" + institution));
        assertFalse(rows.isEmpty());

        long started = System.nanoTime();
        HttpResponse<byte[]> pdf = download(api.uri("coverage/institutions/" + institution + "/report.pdf?year=" + year),
                "leder");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = text(pdf.body());
        assertTrue(text.contains("Kompetenceudvikling"), text);
        assertTrue(mentions(text, name), name + " in " + text);
        assertTrue(text.contains("Kvalitetsrapport " + year), text);
        assertTrue(text.contains("Foreløbige tal"), "a year that is not frozen says so: " + text);
        assertTrue(text.contains("timer pr. årsværk") || text.contains("ingen medarbejdere med arbejdstid"), text);
        for (JsonObject row : rows.getValuesAs(JsonObject.class)) {
            assertTrue(mentions(text, row.getString("targetName")), row.getString("targetName") + " in " + text);
            if (row.getInt("inScope") > 0) {
                String percent = danish(100.0 * row.getInt("covered") / row.getInt("inScope")) + " %";
                assertTrue(text.contains(percent), percent + " for " + row + " in " + text);
            }
        }
        System.out.printf("report.pdf for %s in %d ms%n", name, millis);
    }

    @Test
    void aFrozenYearsPdfCarriesItsFrozenFiguresAndTheLeadersNarrative() throws IOException {
        Api api = new Api(base);
        long institution = ledInstitution(api);
        // A year of its own: QualityReportIT freezes years from 2099 to 2899.
        int year = 2900 + (int) (System.currentTimeMillis() / 60_000 % 99);
        HttpResponse<String> frozen = api.post("quality-reports/" + institution + "/" + year, "");
        assertTrue(frozen.statusCode() == 201 || frozen.statusCode() == 409, frozen.body());
        String narrative = "Marte Meo har styrket samspillet i " + api.unique("hverdagen");
        HttpResponse<String> written = Http.send(Http.request(api.uri("quality-reports/" + institution + "/" + year
                        + "/narrative"), "leder").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"narrative\":\"" + narrative + "\"}")).build());
        assertEquals(200, written.statusCode(), written.body());
        JsonObject report = api.getObject("quality-reports/" + institution + "/" + year);

        String text = text(download(api.uri("coverage/institutions/" + institution + "/report.pdf?year=" + year),
                "hr").body());
        assertTrue(text.contains("fastfrosset"), text);
        assertTrue(text.contains("Lederens beskrivelse") && mentions(text, narrative), text);
        JsonObject line = report.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getInt("inScope") > 0).findFirst().orElseThrow();
        String percent = danish(100.0 * line.getInt("covered") / line.getInt("inScope")) + " %";
        assertTrue(text.contains(percent), "the frozen figure " + percent + " in " + text);
    }

    @Test
    void hrExportsTheWholeMunicipalityInTheBackgroundAreaByArea() throws Exception {
        Api api = new Api(base);
        long started = System.nanoTime();
        HttpResponse<String> accepted = Http.send(Http.request(api.uri("coverage/exports?format=xlsx"), "hr")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(202, accepted.statusCode(), accepted.body());
        URI status = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        assertTrue(status.getPath().contains("/api/v1/coverage/exports/"), status.toString());

        JsonObject done = null;
        List<Integer> progress = new ArrayList<>();
        for (long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos(); System.nanoTime() < deadline; ) {
            JsonObject state = Http.json(Http.send(Http.request(status, "hr").GET().build()));
            progress.add(state.getInt("percent"));
            assertFalse(state.getString("state").equals("FAILED"), state.toString());
            if (state.getString("state").equals("DONE")) {
                done = state;
                break;
            }
            Thread.sleep(200);
        }
        assertNotNull(done, "the export finished; progress seen " + progress);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(100, done.getInt("percent"));
        assertTrue(progress.stream().sorted().toList().equals(progress), "progress never goes back: " + progress);

        HttpResponse<byte[]> file = download(URI.create(done.getString("file")), "hr");
        assertEquals(200, file.statusCode());
        assertEquals(XLSX, file.headers().firstValue("Content-Type").orElse(""));
        JsonArray municipality = Http.json(api.get("coverage/municipality"));
        List<String> areas = Http.<JsonArray>json(api.get("areas")).getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("name")).toList();
        try (XSSFWorkbook workbook = open(file.body())) {
            assertEquals("Hele kommunen", workbook.getSheetName(0));
            assertEquals(municipality.size(), workbook.getSheetAt(0).getLastRowNum());
            assertEquals(areas.size() + 2, workbook.getNumberOfSheets(), "the municipality, one sheet per area, about");
            for (int s = 1; s <= areas.size(); s++) {
                Sheet area = workbook.getSheetAt(s);
                assertEquals(HEADER, texts(area.getRow(0)));
                for (int r = 1; r <= area.getLastRowNum(); r++) {
                    String name = area.getRow(r).getCell(0).getStringCellValue();
                    assertTrue(name.startsWith(area.getSheetName().replaceFirst(" \\(\\d+\\)$", "")),
                            name + " on the sheet " + area.getSheetName());
                }
            }
        }
        System.out.printf("municipality export in %d ms, progress seen %s%n", millis, progress);
    }

    @Test
    void onlyHrExportsTheMunicipalityAndALeaderOnlyGetsTheirOwnPdf() {
        Api api = new Api(base);
        long led = ledInstitution(api);
        long other = Http.<JsonArray>json(api.get("coverage")).getValuesAs(JsonObject.class).stream()
                .mapToLong(r -> r.getJsonNumber("institutionId").longValue()).filter(id -> id != led).findFirst()
                .orElseThrow();
        for (String user : List.of("leder", "medarbejder", "frivillig", "underviser")) {
            HttpResponse<String> start = Http.send(Http.request(api.uri("coverage/exports?format=xlsx"), user)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(403, start.statusCode(), user + ": " + start.body());
        }
        assertEquals(403, download(api.uri("coverage/institutions/" + other + "/report.pdf"), "leder").statusCode());
        assertEquals(403, download(api.uri("coverage/institutions/" + led + "/report.pdf"), "medarbejder").statusCode());
        assertEquals(403, download(api.uri("coverage/export.xlsx"), "medarbejder").statusCode());
        assertEquals(403, download(api.uri("coverage/export.xlsx?institution=" + other), "leder").statusCode());
        assertEquals(404, api.get("coverage/exports/no-such-export").statusCode());
        assertEquals(400, api.post("coverage/exports?format=docx", "").statusCode());
    }

    private static long ledInstitution(Api api) {
        long leader = Http.<JsonObject>json(Http.send(Http.request(api.uri("me"), "leder").GET().build()))
                .getJsonNumber("personId").longValue();
        return api.getObject("people/" + leader).getJsonArray("memberships").getJsonObject(0)
                .getJsonNumber("institutionId").longValue();
    }

    private static HttpResponse<byte[]> download(URI uri, String user) {
        return Http.sendBytes(Http.request(uri, user).setHeader("Accept", "*/*").GET().build());
    }

    private static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** Area, institution, target and the figures of each JSON row, sorted. */
    private static List<String> jsonLines(JsonArray rows) {
        return rows.getValuesAs(JsonObject.class).stream().map(r -> String.join("|", r.getString("areaName"),
                        r.getString("institutionName"), r.getString("targetName"), String.valueOf(r.getInt("inScope")),
                        String.valueOf(r.getInt("covered")), String.valueOf(r.getInt("booked")),
                        String.valueOf(r.getInt("overdue")), share(r.getInt("covered"), r.getInt("inScope")),
                        r.getBoolean("met") ? "Ja" : "Nej"))
                .sorted(Comparator.naturalOrder()).toList();
    }

    private static List<String> workbookLines(Sheet sheet) {
        List<String> lines = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell share = row.getCell(10);
            lines.add(String.join("|", row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
                    row.getCell(3).getStringCellValue(), whole(row.getCell(6)), whole(row.getCell(7)),
                    whole(row.getCell(8)), whole(row.getCell(9)),
                    share.getCellType() == CellType.BLANK ? "-" : String.format(Locale.ROOT, "%.6f",
                            share.getNumericCellValue()), row.getCell(11).getStringCellValue()));
        }
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    private static String share(int covered, int inScope) {
        return inScope == 0 ? "-" : String.format(Locale.ROOT, "%.6f", (double) covered / inScope);
    }

    private static String whole(Cell cell) {
        double value = cell.getNumericCellValue();
        assertEquals(Math.rint(value), value, "a whole number");
        return String.valueOf((long) value);
    }

    private static int rowWithPeople(Sheet sheet) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(6).getNumericCellValue() > 0) {
                return r;
            }
        }
        throw new AssertionError("nobody in scope anywhere");
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    /** The PDF's text with line breaks as spaces: table cells wrap long names. */
    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    /** Whether the text holds the words, wherever a table cell broke their lines. */
    private static boolean mentions(String text, String words) {
        return text.replaceAll("\\s", "").contains(words.replaceAll("\\s", ""));
    }

    private static String danish(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("da-DK"));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
