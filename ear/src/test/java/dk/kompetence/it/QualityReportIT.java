package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Kvalitetsrapport: HR freezes a year; later changes never alter it; the leader writes the text. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityReportIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    @Test
    void aFrozenReportNeverChangesWhenDataChangesAndComparesWithThePreviousYear() {
        Api api = new Api(base);
        long leader = Http.<JsonObject>json(Http.send(Http.request(api.uri("me"), "leder").GET().build()))
                .getJsonNumber("personId").longValue();
        long institution = api.getObject("people/" + leader).getJsonArray("memberships").getJsonObject(0)
                .getJsonNumber("institutionId").longValue();
        JsonObject rowBefore = Http.<JsonArray>json(api.get("coverage?institution=" + institution)).getJsonObject(0);
        long target = rowBefore.getJsonNumber("targetId").longValue();
        // A year no other run has frozen: the test can run again on the same database.
        int year = 2100 + (int) (System.currentTimeMillis() / 60_000 % 800);
        api.postObject("quality-reports/" + institution + "/" + (year - 1), "", 201);
        JsonObject frozen = api.postObject("quality-reports/" + institution + "/" + year, "", 201);
        assertFalse(frozen.getJsonArray("lines").isEmpty());
        assertFalse(frozen.getJsonArray("previousYear").isEmpty(), "compared with the year before");
        assertEquals(409, api.post("quality-reports/" + institution + "/" + year, "").statusCode(), "frozen once");

        // Later data: one more person in scope of the institution.
        api.employee(institution, "Nyansat");
        JsonObject again = api.getObject("quality-reports/" + institution + "/" + year);
        assertEquals(frozen.getJsonArray("lines"), again.getJsonArray("lines"), "the frozen figures stay");

        HttpResponse<String> written = Http.send(Http.request(api.uri("quality-reports/" + institution + "/" + year
                        + "/narrative"), "leder").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"narrative\":\"NEST og LØFT har givet et fælles sprog i "
                        + "personalegruppen.\"}")).build());
        assertEquals(200, written.statusCode(), written.body());
        assertEquals("NEST og LØFT har givet et fælles sprog i personalegruppen.",
                Http.<JsonObject>json(written).getString("narrative"));
        assertEquals(target, rowBefore.getJsonNumber("targetId").longValue());
    }

    @Test
    void aLeaderCannotWriteAnotherInstitutionsReport() {
        Api api = new Api(base);
        long other = api.getObject("institutions?type=SCHOOL&size=1").getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        HttpResponse<String> refused = Http.send(Http.request(api.uri("quality-reports/" + other + "/2026/narrative"),
                "leder").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"narrative\":\"Ikke min enhed\"}")).build());
        assertEquals(403, refused.statusCode(), refused.body());
    }
}
