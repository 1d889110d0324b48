package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail and the GDPR rights: access, erasure (pseudonymisation). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(base);
    }

    @Test
    void everyEnrolmentChangeIsInTheAuditTrailWithWhoAndWhenAndExportsForDanishExcel() {
        long person = api.employee(api.institutionWithoutApproval(), "Revision");
        long session = api.openSession(api.publishedModule(false), 3, api.dayAhead(10));
        long enrolment = api.enrol(session, person, 201).getJsonNumber("id").longValue();
        api.postObject("enrolments/" + enrolment + "/cancel", "", 200);

        JsonArray trail = api.getObject("audit?person=" + person + "&sort=occurredAt").getJsonArray("items");
        assertEquals(java.util.List.of("PERSON_CREATED", "ENROLMENT_CREATED", "ENROLMENT_CANCELLED"),
                trail.stream().map(e -> ((JsonObject) e).getString("action")).toList());
        assertTrue(trail.stream().allMatch(e -> ((JsonObject) e).getString("actor").equals("hr")));

        HttpResponse<String> csv = Http.send(Http.request(api.uri("audit/export.csv?person=" + person), "hr")
                .setHeader("Accept", "text/csv").GET().build());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFTidspunkt;Bruger;Handling"), csv.body());
        assertTrue(csv.body().contains(";ENROLMENT_CANCELLED;"), csv.body());
        HttpResponse<String> change = Http.send(Http.request(api.uri("audit"), "hr")
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(405, change.statusCode(), "the trail is append-only");
    }

    @Test
    void aPersonExportsAllTheirOwnDataButNoOneElses() {
        long own = api.personOf("medarbejder");
        HttpResponse<String> mine = Http.send(Http.request(api.uri("people/" + own + "/personal-data"), "medarbejder")
                .GET().build());
        assertEquals(200, mine.statusCode(), mine.body());
        JsonObject data = Http.json(mine);
        assertEquals(own, data.getJsonObject("person").getJsonNumber("id").longValue());
        assertTrue(data.containsKey("enrolments") && data.containsKey("completions") && data.containsKey("auditTrail"));

        HttpResponse<byte[]> pdf = Http.sendBytes(Http.request(api.uri("people/" + own + "/personal-data.pdf"),
                "medarbejder").setHeader("Accept", "application/pdf").GET().build());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        long other = api.personOf("medarbejder2");
        HttpResponse<String> theirs = Http.send(Http.request(api.uri("people/" + other + "/personal-data"),
                "medarbejder").GET().build());
        assertEquals(403, theirs.statusCode());
    }

    @Test
    void aLeaverIsPseudonymisedAndTheirHistoryStillCounts() {
        long person = api.employee(api.institutionWithoutApproval(), "Fratrådt");
        api.postObject("people/" + person + "/activities", """
                {"kind":"SUPERVISION","title":"Supervision ved PPR","date":"%s","hours":2}"""
                .formatted(LocalDate.now().minusDays(30)), 201);
        HttpResponse<String> active = api.post("people/" + person + "/pseudonymise", "");
        assertEquals(409, active.statusCode(), "only leavers: " + active.body());

        String etag = api.get("people/" + person).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> left = api.put("people/" + person, etag, """
                {"firstName":"Fratrådt","lastName":"Østergård","endDate":"%s"}""".formatted(LocalDate.now().minusDays(1)));
        assertEquals(200, left.statusCode(), left.body());

        JsonObject erased = api.postObject("people/" + person + "/pseudonymise", "", 200);
        assertEquals("Anonymiseret", erased.getString("firstName"));
        assertTrue(!erased.containsKey("email"), erased.toString());
        assertEquals(1, Http.<JsonArray>json(api.get("people/" + person + "/completions")).size(), "history kept");
    }
}
