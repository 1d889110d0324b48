package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The spend report over real HTTP on data of its own: a Marte Meo module with a fee of
 * 1,000 kr. and one two-hour meeting; a pedagogue's cover at 300 kr. an hour makes each
 * enrolment 1,600 kr. Institution A has two on a session it pays for (3,200 kr.) and one on a
 * centrally paid session (1,600 kr.); institution B one on its own and one on a fund's session.
 * The sessions lie ahead, so their fixed costs count nothing yet.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SpendIT {

    private static final String FUND = "LIFE-Fonden (partnerskab)";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    private Api api;
    private int year;
    private long a;
    private String aName;

    @BeforeEach
    void enrolmentsOnSessionsPaidByTheInstitutionTheCentralPoolAndAFund() {
        api = new Api(base);
        LocalDate day = api.dayAhead(6);
        year = day.getYear();
        assertEquals(200, api.put("substitute-rates/" + year + "/PEDAGOGUE", null, "{\"hourlyRate\":300}").statusCode());
        long area = api.getArray("areas").getJsonObject(0).getJsonNumber("id").longValue();
        aName = api.unique("Forbrugshuset A");
        a = institution(area, aName);
        long b = institution(area, api.unique("Forbrugshuset B"));
        assertEquals(200, api.put("budgets/" + a + "/" + year, null, "{\"amount\":10000,\"policy\":\"WARN\"}").statusCode());

        long module = api.publishedModule(false);
        HttpResponse<String> fee = api.put("modules/" + module + "/fee", api.etag("modules/" + module),
                "{\"feePerParticipant\":1000}");
        assertEquals(200, fee.statusCode(), fee.body());
        long own = api.openSession(module, 5, day);
        fund(own, "{\"payer\":\"INSTITUTION\",\"fixedCost\":900}");
        long central = api.openSession(module, 5, day.plusDays(1));
        fund(central, "{\"payer\":\"CENTRAL_POOL\"}");
        long funded = api.openSession(module, 5, day.plusDays(2));
        fund(funded, "{\"payer\":\"EXTERNAL_FUND\",\"fund\":\"" + FUND + "\"}");

        api.enrol(own, api.employee(a, "Første"), 201);
        api.enrol(own, api.employee(a, "Anden"), 201);
        api.enrol(central, api.employee(a, "Tredje"), 201);
        api.enrol(own, api.employee(b, "Fjerde"), 201);
        api.enrol(funded, api.employee(b, "Femte"), 201);
    }

    @Test
    void perPayerAnInstitutionSeesItsOwnBudgetAndWhatTheCentralPoolPaysForItsPeople() {
        Map<String, JsonObject> byPayer = lines("by=PAYER&institution=" + a);
        assertEquals(2, byPayer.size(), byPayer.toString());
        JsonObject own = byPayer.get("INSTITUTION:" + a);
        assertEquals("Enhed: " + aName, own.getString("label"));
        assertMoney("3200", own, "committed");
        assertMoney("10000", own, "budget");
        assertMoney("6800", own, "remaining");
        assertMoney("0", own, "fixedCosts");
        JsonObject central = byPayer.get("CENTRAL_POOL");
        assertEquals("Central pulje", central.getString("label"));
        assertMoney("1600", central, "committed");
        assertTrue(absent(central, "budget"), "the whole pool's budget is not one institution's");
    }

    @Test
    void perInstitutionAndApproachEveryPayersCostCountsAndTheFundIsNamed() {
        JsonObject line = lines("by=INSTITUTION&institution=" + a).get(String.valueOf(a));
        assertEquals(aName, line.getString("label"));
        assertMoney("4800", line, "committed");
        assertEquals(0, line.getInt("coveredPeople"));
        assertTrue(absent(line, "costPerCoveredPerson"), "nobody covered yet");
        assertMoney("4800", lines("by=APPROACH&institution=" + a).get("MARTE_MEO"), "committed");
        assertEquals("Marte Meo", lines("by=APPROACH&institution=" + a).get("MARTE_MEO").getString("label"));

        Map<String, JsonObject> all = lines("by=PAYER");
        JsonObject fund = all.get("EXTERNAL_FUND:" + FUND);
        assertEquals("Fond: " + FUND, fund.getString("label"));
        assertTrue(fund.getJsonNumber("committed").bigDecimalValue().compareTo(new BigDecimal("1600")) >= 0, fund.toString());
        assertTrue(api.total("audit?action=MODULE_FEE_SET") > 0, "fees are in the audit trail");
        assertTrue(api.total("audit?action=SESSION_FUNDING_SET") > 0, "funding is in the audit trail");
    }

    @Test
    void aFundMustBeNamedWhenItPays() {
        long session = api.openSession(api.publishedModule(false), 5, api.dayAhead(6).plusDays(3));
        HttpResponse<String> unnamed = api.put("sessions/" + session + "/funding",
                api.etag("sessions/" + session), "{\"payer\":\"EXTERNAL_FUND\"}");
        assertEquals(400, unnamed.statusCode(), unnamed.body());
        assertTrue(unnamed.body().contains("Fonden skal navngives"), unnamed.body());
    }

    @Test
    void theCsvIsForDanishExcelTheWorkbookHoldsNumbersAndThePdfWritesKronerTheDanishWay() throws IOException {
        String query = "?year=" + year + "&by=PAYER&institution=" + a;
        HttpResponse<byte[]> csv = download("spend/export.csv" + query);
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFBetaler;Budget;Disponeret;Forbrugt;"), text);
        assertTrue(text.contains("Enhed: " + aName + ";10000,00;3200,00;0,00;0,00;0,00;6800,00;0;0,0;;"), text);
        assertTrue(text.contains("Central pulje;;1600,00;"), text);

        HttpResponse<byte[]> xlsx = download("spend/export.xlsx" + query);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = workbook.getSheet("Forbrug pr. betaler");
            Row own = null;
            for (Row row : sheet) {
                if (row.getCell(0).getStringCellValue().equals("Enhed: " + aName)) {
                    own = row;
                }
            }
            assertTrue(own != null, "the institution's line");
            assertEquals(10000.0, own.getCell(1).getNumericCellValue());
            assertEquals(3200.0, own.getCell(2).getNumericCellValue());
            assertEquals(6800.0, own.getCell(6).getNumericCellValue());
            assertEquals(aName, workbook.getSheet("Om udtrækket").getRow(2).getCell(1).getStringCellValue());
        }

        HttpResponse<byte[]> pdf = download("spend/report.pdf" + query);
        assertEquals(200, pdf.statusCode());
        PdfReader reader = new PdfReader(pdf.body());
        String page = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        for (String expected : List.of("Forbrug på kompetenceudvikling " + year, aName, "Central pulje",
                "10.000,00 kr.", "3.200,00 kr.", "6.800,00 kr.", "1.600,00 kr.")) {
            assertTrue(page.contains(expected), expected + " in: " + page);
        }
    }

    @Test
    void aLeaderSeesOnlyTheirOwnInstitution() {
        HttpResponse<String> other = Http.send(Http.request(api.uri("spend?institution=" + a), "leder").GET().build());
        assertEquals(403, other.statusCode(), other.body());
        HttpResponse<String> own = Http.send(Http.request(api.uri("spend?by=PAYER"), "leder").GET().build());
        assertEquals(200, own.statusCode(), own.body());
        long led = api.ledInstitution();
        Http.<JsonArray>json(own).stream().map(JsonObject.class::cast).forEach(line ->
                assertTrue(!line.getString("key").startsWith("INSTITUTION:")
                        || line.getString("key").equals("INSTITUTION:" + led), line.toString()));
    }

    private Map<String, JsonObject> lines(String query) {
        return api.getArray("spend?year=" + year + "&" + query).stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(l -> l.getString("key"), Function.identity()));
    }

    private long institution(long area, String name) {
        return api.postObject("institutions", """
                {"areaId":%d,"name":"%s","type":"DAYCARE","approvalRequired":false}""".formatted(area, name), 201)
                .getJsonNumber("id").longValue();
    }

    private void fund(long session, String funding) {
        HttpResponse<String> response = api.put("sessions/" + session + "/funding", api.etag("sessions/" + session),
                funding);
        assertEquals(200, response.statusCode(), response.body());
    }

    private HttpResponse<byte[]> download(String path) {
        return Http.sendBytes(Http.request(api.uri(path), "hr").setHeader("Accept", "*/*").GET().build());
    }

    /** JSON-B leaves out what is null. */
    private static boolean absent(JsonObject line, String field) {
        return !line.containsKey(field) || line.isNull(field);
    }

    private static void assertMoney(String expected, JsonObject line, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(line.getJsonNumber(field).bigDecimalValue()),
                field + " of " + line);
    }
}
