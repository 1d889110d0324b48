package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Both payroll imports as HR uses them, over REST against the real server: files written here with
 * synthetic people (ids and P-numbers unique per run, so the tests can run again on the same database).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayrollImportIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    private Api api;
    private final String run = String.format("%09d", System.currentTimeMillis() % 1_000_000_000L);

    @Test
    void opusDumpCreatesUnitsAndPeopleAppliesChangesWithTheirDateEndsLeaversAndARerunChangesNothing() {
        api = new Api(base);
        String pA = "8" + run, pB = "7" + run;
        String area = "Område IT " + run;
        String first = "O1" + run, second = "O2" + run, third = "O3" + run, astronaut = "O4" + run;
        String numbered = "5" + run;
        OpusDump dump = new OpusDump()
                .unit("R" + run, null, "Testkommune " + run, null)
                .unit("A" + run, "R" + run, area, null)
                .unit("I1" + run, "A" + run, "Børnehuset Mælkebøtten " + run, pA)
                .unit("S1" + run, "I1" + run, "Stue Æble " + run, null)
                .unit("I2" + run, "A" + run, "Skolen ved Søen " + run, pB)
                .employee(first, "0101901111", "Åse", "Pædagog", "S1" + run, "2025-01-01", null, null)
                .employee(second, "0202902222", "Øjvind", "Lærer", "I2" + run, "2025-01-01", null, null)
                .employee(third, "0303903333", "Ærling", "Pædagog", "I1" + run, "2025-01-01", null, null)
                .employee(astronaut, "0404904444", "Bo", "Astronaut", "I1" + run, "2025-01-01", null, null)
                .employee(numbered, "0505905555", "Nanna", "Lærer", "I2" + run, "2025-01-01", null, null);

        JsonObject firstRun = importFile("ZLPE" + run + "_delta.xml", dump.xml(), "application/xml");
        assertEquals("COMPLETED", firstRun.getString("status"), firstRun.toString());
        assertEquals(4, firstRun.getInt("peopleCreated"));
        assertEquals(2, firstRun.getInt("unitsCreated"));
        assertEquals(1, firstRun.getInt("rejected"));
        JsonObject rejection = api.getObject("payroll-imports/" + firstRun.getInt("id") + "/rejections")
                .getJsonArray("items").getJsonObject(0);
        assertEquals("employee 4", rejection.getString("element"));
        assertEquals(astronaut, rejection.getString("reference"));
        assertTrue(rejection.getInt("line") > 1);
        assertTrue(rejection.getString("reason").contains("Astronaut"), rejection.toString());

        JsonObject åse = person(first);
        assertEquals("PEDAGOGUE", åse.getString("role"));
        assertNull(åse.getString("employeeNumber", null), "a payroll id that is no number is no employee number");
        assertEquals(numbered, person(numbered).getString("employeeNumber"), "one that is, is the employee number");
        JsonObject membership = åse.getJsonArray("memberships").getJsonObject(0);
        assertEquals("Børnehuset Mælkebøtten " + run, membership.getString("institution"),
                "a department counts as the institution above it");
        JsonObject institution = api.getObject("institutions/" + membership.getJsonNumber("institutionId"));
        assertEquals(area, institution.getString("area"), institution.toString());
        assertEquals(pA, institution.getString("pNumber", null));
        long auditBefore = api.total("audit?person=" + åse.getJsonNumber("id"));

        JsonObject rerun = importFile("ZLPE" + run + "_delta.xml", dump.xml(), "application/xml");
        assertEquals("COMPLETED", rerun.getString("status"), rerun.toString());
        assertEquals(0, rerun.getInt("peopleCreated") + rerun.getInt("peopleChanged") + rerun.getInt("peopleLeft")
                + rerun.getInt("unitsCreated") + rerun.getInt("unitsChanged"), rerun.toString());
        assertEquals(4, rerun.getInt("peopleUnchanged"));
        assertEquals(auditBefore, api.total("audit?person=" + åse.getJsonNumber("id")), "a re-run audits nothing");
        assertEquals(åse.getInt("version"), person(first).getInt("version"), "nor touches the person");

        OpusDump delta = new OpusDump()
                .employee(first, "0101901111", "Åse", "Pædagogisk assistent", "I2" + run, "2025-03-01", null, null)
                .employee(second, "0202902222", "Øjvind", "Lærer", "I2" + run, "2025-02-28", "leave", "2025-02-28");
        JsonObject deltaRun = importFile("ZLPE" + run + "1_delta.xml", delta.xml(), "application/xml");
        assertEquals(1, deltaRun.getInt("peopleChanged"), deltaRun.toString());
        assertEquals(1, deltaRun.getInt("peopleLeft"));

        JsonObject moved = person(first);
        assertEquals("PEDAGOGICAL_ASSISTANT", moved.getString("role"));
        JsonArray memberships = moved.getJsonArray("memberships");
        assertEquals(2, memberships.size());
        assertEquals("2025-02-28", memberships.getJsonObject(0).getString("endDate"), "the old one ends the day before");
        assertEquals("2025-03-01", memberships.getJsonObject(1).getString("startDate"), "the new one starts on the date");
        assertEquals("Skolen ved Søen " + run, memberships.getJsonObject(1).getString("institution"));
        assertTrue(Http.<JsonObject>json(api.get("audit?person=" + moved.getJsonNumber("id") + "&action=PERSON_CHANGED"))
                .getJsonArray("items").getJsonObject(0).getString("summary").contains("pr. 2025-03-01"));
        JsonObject leaver = person(second);
        assertEquals("2025-02-28", leaver.getString("endDate"), "a leaver gets an end date");
        assertEquals(200, api.get("people/" + leaver.getJsonNumber("id")).statusCode(), "and is still there");
    }

    @Test
    void csvImportWithDanishHeadersInWindows1252CreatesPeopleAndReportsRefusedLines() {
        api = new Api(base);
        String pNumber = "6" + run;
        String csv = """
                Medarbejdernummer;CPR-nummer;Fornavn;Efternavn;Stillingsbetegnelse;Beskæftigelsesgrad;P-nummer;Enhed;Område;Ansat fra
                C1%1$s;0505905555;Søren;Ærø;Pædagog;80;%2$s;Klubben Å %1$s;Område CSV %1$s;01-08-2021
                C2%1$s;0606906666;Mette;Østergård;Pædagogmedhjælper;100;%2$s;Klubben Å %1$s;Område CSV %1$s;15-01-2022
                C3%1$s;0707907777;Lone;Bæk;Pædagog;100;%2$s;Klubben Å %1$s;Område CSV %1$s;i går
                """.formatted(run, pNumber);

        JsonObject result = importFile("sd-loen-" + run + ".csv", csv, "text/csv", Charset.forName("windows-1252"));

        assertEquals("COMPLETED", result.getString("status"), result.toString());
        assertEquals(2, result.getInt("peopleCreated"));
        assertEquals(1, result.getInt("unitsCreated"));
        JsonObject rejection = api.getObject("payroll-imports/" + result.getInt("id") + "/rejections")
                .getJsonArray("items").getJsonObject(0);
        assertEquals(4, rejection.getInt("line"));
        assertTrue(rejection.getString("reason").contains("ansættelsesdato"), rejection.toString());
        JsonObject søren = person("C1" + run);
        assertEquals("Ærø", søren.getString("lastName"));
        assertEquals(0.8, søren.getJsonArray("memberships").getJsonObject(0).getJsonNumber("fte").doubleValue());
        assertEquals("YOUTH_CLUB", api.getObject("institutions/"
                + søren.getJsonArray("memberships").getJsonObject(0).getJsonNumber("institutionId")).getString("type"));
    }

    @Test
    void aMalformedFileImportsNothingAndSaysWhy() {
        api = new Api(base);
        long people = api.total("people?size=1");
        String broken = new OpusDump().unit("B" + run, null, "Brudt " + run, "5" + run)
                .employee("B1" + run, "0808908888", "Ida", "Pædagog", "B" + run, "2025-01-01", null, null).xml()
                .replace("</employee>", "");

        JsonObject result = importFile("ZLPE" + run + "2_delta.xml", broken, "application/xml");

        assertEquals("FAILED", result.getString("status"), result.toString());
        assertTrue(result.getString("failure").startsWith("Filen er ikke gyldig XML"), result.toString());
        assertEquals(people, api.total("people?size=1"), "nobody was imported");
        assertEquals(0, api.total("people?text=B1" + run));
        assertEquals(0, api.total("institutions?text=Brudt+" + run));
    }

    @Test
    void anUploadWithoutAKnownFormatIsRefused() {
        api = new Api(base);
        HttpResponse<String> response = upload("medarbejdere.pdf", "x", "application/octet-stream",
                Charset.forName("UTF-8"));
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("urn:kompetence:rule:unsupported-file"), response.body());
    }

    private JsonObject importFile(String fileName, String content, String type) {
        return importFile(fileName, content, type, Charset.forName("UTF-8"));
    }

    private JsonObject importFile(String fileName, String content, String type, Charset charset) {
        HttpResponse<String> started = upload(fileName, content, type, charset);
        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonObject status = Http.json(Http.get(java.net.URI.create(location)));
            if (status.getString("status").equals("COMPLETED") || status.getString("status").equals("FAILED")) {
                return status;
            }
            sleep();
        }
        throw new AssertionError("The import did not finish: " + location);
    }

    private HttpResponse<String> upload(String fileName, String content, String type, Charset charset) {
        // an import still running (another test's) is refused with 409; wait for it
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = Http.send(Http.request(api.uri("payroll-imports?fileName="
                            + java.net.URLEncoder.encode(fileName, Charset.forName("UTF-8"))), Http.DEFAULT_USER)
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(content.getBytes(charset)))
                    .build());
            if (response.statusCode() != 409 || attempt > 120) {
                return response;
            }
            sleep();
        }
    }

    private JsonObject person(String payrollId) {
        JsonArray found = api.getObject("people?text=" + payrollId).getJsonArray("items");
        assertEquals(1, found.size(), payrollId);
        return api.getObject("people/" + found.getJsonObject(0).getJsonNumber("id"));
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
