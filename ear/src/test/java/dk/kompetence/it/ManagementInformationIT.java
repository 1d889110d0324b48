package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ledelsesinformation over real HTTP: its figures are the coverage report's, the spend report's
 * and the budget's for the same scope (one source of truth), in the JSON and on the one-page PDF;
 * a leader sees only an institution they lead.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManagementInformationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    @Test
    void theMunicipalitysFiguresAreTheCoverageReportsInTheJsonAndOnTheOnePagePdf() throws IOException {
        Api api = new Api(base);
        int year = LocalDate.now().getYear();
        JsonObject info = api.getObject("management-information?level=MUNICIPALITY&year=" + year);
        assertEquals("MUNICIPALITY", info.getString("level"));
        assertEquals(List.of(year - 2, year - 1, year), info.getJsonArray("trendYears").getValuesAs(
                jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::intValue).toList());

        Map<Long, int[]> now = perTarget(api.getArray("coverage/municipality"));
        Map<Long, int[]> lastYear = perTarget(api.getArray("coverage/municipality?date=" + (year - 1) + "-12-31"));
        Map<Long, JsonObject> targets = targets(info);
        assertFalse(targets.isEmpty(), "the demo's targets are on the page");
        assertEquals(now.keySet(), targets.keySet(), "every target anyone is in scope of, and no other");
        for (JsonObject target : targets.values()) {
            long id = target.getJsonNumber("targetId").longValue();
            assertEquals(now.get(id)[0], target.getInt("inScope"), target.toString());
            assertEquals(now.get(id)[1], target.getInt("covered"), target.toString());
            JsonObject previous = target.getJsonArray("trend").getJsonObject(1);
            int[] then = lastYear.getOrDefault(id, new int[2]);
            assertEquals(List.of(then[0], then[1]), List.of(previous.getInt("inScope"), previous.getInt("covered")),
                    "last year's point is the coverage report of 31 December: " + target);
            assertTrue(target.containsKey("forecast"), "the running year has a forecast: " + target);
        }

        HttpResponse<byte[]> pdf = download(api, "management-information/report.pdf?level=MUNICIPALITY&year=" + year,
                "hr");
        assertEquals(200, pdf.statusCode());
        PdfReader reader = new PdfReader(pdf.body());
        assertEquals(1, reader.getNumberOfPages(), "one A4 page");
        String page = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        assertTrue(page.contains("Ledelsesinformation " + year), page);
        assertTrue(page.contains("Hele kommunen"), page);
        for (JsonObject target : targets.values()) {
            String figure = percent(target.getInt("covered"), target.getInt("inScope")) + " (" + target.getInt("covered")
                    + "/" + target.getInt("inScope") + ")";
            assertTrue(page.contains(figure), figure + " for " + target.getString("name") + " in: " + page);
        }
    }

    @Test
    void anInstitutionsMoneyIsItsBudgetsAndItsSpendPerTrackTheSpendReports() {
        Api api = new Api(base);
        LocalDate day = api.dayAhead(6);
        int year = day.getYear();
        assertEquals(200, api.put("substitute-rates/" + year + "/PEDAGOGUE", null, "{\"hourlyRate\":300}").statusCode());
        long institution = api.daycare(api.unique("Ledelseshuset"));
        assertEquals(200, api.put("budgets/" + institution + "/" + year, null,
                "{\"amount\":10000,\"policy\":\"WARN\"}").statusCode());
        JsonObject track = api.getArray("tracks").getJsonObject(0);
        long module = moduleOnTrack(api, track.getJsonNumber("id").longValue());
        assertEquals(200, api.put("modules/" + module + "/fee", api.etag("modules/" + module),
                "{\"feePerParticipant\":1000}").statusCode());
        long session = api.openSession(module, 5, day);
        assertEquals(200, api.put("sessions/" + session + "/funding", api.etag("sessions/" + session),
                "{\"payer\":\"INSTITUTION\"}").statusCode());
        api.enrol(session, api.employee(institution, "Første"), 201);
        api.enrol(session, api.employee(institution, "Anden"), 201);

        JsonObject info = api.getObject("management-information?level=INSTITUTION&institution=" + institution
                + "&year=" + year);
        JsonObject budget = api.getObject("budgets/" + institution + "/" + year);
        JsonObject money = info.getJsonObject("money");
        assertMoney(budget.getJsonNumber("amount").bigDecimalValue(), money, "budget");
        assertMoney(budget.getJsonNumber("committed").bigDecimalValue(), money, "budgetCommitted");
        assertMoney(budget.getJsonNumber("remaining").bigDecimalValue(), money, "budgetRemaining");
        assertMoney(new BigDecimal("6800"), money, "budgetRemaining");

        JsonObject trackSpend = api.getArray("spend?year=" + year + "&by=TRACK&institution=" + institution).stream()
                .map(JsonObject.class::cast).filter(l -> l.getString("key").equals(track.getJsonNumber("id").toString()))
                .findFirst().orElseThrow();
        JsonObject onPage = info.getJsonArray("tracks").stream().map(JsonObject.class::cast)
                .filter(t -> !t.isNull("trackId") && t.getJsonNumber("trackId").longValue()
                        == track.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        assertMoney(trackSpend.getJsonNumber("committed").bigDecimalValue(), onPage, "committed");
        assertMoney(new BigDecimal("3200"), onPage, "committed");
    }

    @Test
    void aLeaderGetsTheirOwnInstitutionAndNothingElse() throws IOException {
        Api api = new Api(base);
        long led = api.ledInstitution();
        HttpResponse<String> own = Http.send(Http.request(api.uri("management-information"), "leder").GET().build());
        assertEquals(200, own.statusCode(), own.body());
        JsonObject info = Http.json(own);
        assertEquals("INSTITUTION", info.getString("level"));
        assertEquals(led, info.getJsonNumber("institutionId").longValue());
        Map<Long, int[]> coverage = perTarget(Http.json(Http.send(Http.request(
                api.uri("coverage?institution=" + led), "leder").GET().build())));
        targets(info).values().forEach(target -> assertEquals(
                List.of(coverage.get(target.getJsonNumber("targetId").longValue())[0],
                        coverage.get(target.getJsonNumber("targetId").longValue())[1]),
                List.of(target.getInt("inScope"), target.getInt("covered")), target.toString()));
        assertEquals(200, download(api, "management-information/report.pdf", "leder").statusCode());

        long other = api.institutionWithoutApproval();
        for (String refused : List.of("management-information?level=MUNICIPALITY",
                "management-information?level=AREA&area=" + api.getArray("areas").getJsonObject(0).getJsonNumber("id"),
                "management-information?institution=" + other, "management-information/report.pdf?institution=" + other)) {
            HttpResponse<String> response = Http.send(Http.request(api.uri(refused), "leder")
                    .setHeader("Accept", "*/*").GET().build());
            assertEquals(403, response.statusCode(), refused + ": " + response.body());
        }
        HttpResponse<String> noArea = api.get("management-information?level=AREA");
        assertEquals(400, noArea.statusCode(), noArea.body());
        assertTrue(noArea.body().contains("Vælg et område"), noArea.body());
    }

    private static long moduleOnTrack(Api api, long track) {
        JsonObject module = api.postObject("modules", """
                {"code":"%s","title":"LØFT – løsningsfokuseret praksis","description":"Fælles sprog",
                 "providerId":%d,"format":"IN_PERSON","hours":6,"approvalRequired":false,
                 "approaches":["SOLUTION_FOCUSED"],"audienceRoles":["PEDAGOGUE"],"trackIds":[%d]}"""
                .formatted(api.unique("LI"), api.anyProvider(), track), 201);
        long id = module.getJsonNumber("id").longValue();
        api.postObject("modules/" + id + "/publish", "", 200);
        return id;
    }

    /** The targets on the page by id, each once however many tracks it is on. */
    private static Map<Long, JsonObject> targets(JsonObject info) {
        Map<Long, JsonObject> targets = new LinkedHashMap<>();
        info.getJsonArray("tracks").stream().map(JsonObject.class::cast)
                .flatMap(t -> t.getJsonArray("targets").stream().map(JsonObject.class::cast))
                .forEach(t -> targets.putIfAbsent(t.getJsonNumber("targetId").longValue(), t));
        return targets;
    }

    /** In scope and covered per target, all roles (and institutions) of a coverage report added up. */
    private static Map<Long, int[]> perTarget(JsonArray lines) {
        Map<Long, int[]> sums = new LinkedHashMap<>();
        lines.stream().map(JsonObject.class::cast).forEach(line -> {
            int[] sum = sums.computeIfAbsent(line.getJsonNumber("targetId").longValue(), id -> new int[2]);
            sum[0] += line.getInt("inScope");
            sum[1] += line.getInt("covered");
        });
        return sums;
    }

    private static String percent(int covered, int inScope) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("da-DK"));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return inScope == 0 ? "–" : format.format(100.0 * covered / inScope) + " %";
    }

    private static HttpResponse<byte[]> download(Api api, String path, String user) {
        return Http.sendBytes(Http.request(api.uri(path), user).setHeader("Accept", "*/*").GET().build());
    }

    private static void assertMoney(BigDecimal expected, JsonObject object, String field) {
        assertEquals(0, expected.compareTo(object.getJsonNumber(field).bigDecimalValue()), field + " of " + object);
    }
}
