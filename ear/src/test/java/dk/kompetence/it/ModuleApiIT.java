package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModuleApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    @Test
    void publishedModulesAreServedAsJsonWithDanishLettersIntact() {
        // Searched, not the first page: other tests add modules that sort before the demo's.
        HttpResponse<String> response = Http.get(Http.resolve(base, "api/v1/modules?text=fokuseret"));

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray modules = Http.<JsonObject>json(response).getJsonArray("items");
        assertFalse(modules.isEmpty(), "the demo's LØFT module");
        assertTrue(modules.stream().map(JsonObject.class::cast)
                .anyMatch(m -> m.getString("title").equals("Løsningsfokuseret tilgang (LØFT)")
                        && m.getJsonArray("approaches").getString(0).equals("SOLUTION_FOCUSED")));
    }

    @Test
    void aNewDraftIsStoredAndCanBeReadBackButIsNotPublished() {
        JsonArray before = Http.<JsonObject>json(Http.get(Http.resolve(base, "api/v1/modules"))).getJsonArray("items");
        long provider = before.getJsonObject(0).getJsonNumber("providerId").longValue();
        String code = "MM-" + System.currentTimeMillis() % 1_000_000_000L;
        HttpResponse<String> created = Http.postJson(Http.resolve(base, "api/v1/modules"), """
                {"code":"%s","title":"Marte Meo for dagplejere – æøå","providerId":%d,
                 "format":"IN_PERSON","hours":12.5,"approaches":["MARTE_MEO"]}""".formatted(code, provider));

        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonObject readBack = Http.json(Http.get(java.net.URI.create(location)));
        assertEquals("Marte Meo for dagplejere – æøå", readBack.getString("title"));
        assertEquals("DRAFT", readBack.getString("status"));
        JsonArray published = Http.<JsonObject>json(Http.get(Http.resolve(base, "api/v1/modules?size=200")))
                .getJsonArray("items");
        assertTrue(published.stream().map(JsonObject.class::cast).noneMatch(m -> m.getString("code").equals(code)));
    }

    @Test
    void invalidDraftIsRefusedAsProblemJsonWithDanishFieldMessages() {
        HttpResponse<String> response = Http.postJson(Http.resolve(base, "api/v1/modules"), """
                {"code":"","title":"x","providerId":1,"format":"IN_PERSON","hours":0}""");

        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = Http.json(response);
        assertEquals(400, problem.getInt("status"));
        var fields = problem.getJsonArray("errors").stream().map(JsonObject.class::cast)
                .map(e -> e.getString("field") + ": " + e.getString("message")).toList();
        assertTrue(fields.contains("code: skal udfyldes"), fields.toString());
        assertTrue(fields.contains("hours: skal være mindst 0.1"), fields.toString());
    }

    @Test
    void unknownModuleIsNotFoundAsProblemJson() {
        HttpResponse<String> response = Http.get(Http.resolve(base, "api/v1/modules/987654321"));

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        HttpResponse<String> response = Http.postJson(Http.resolve(base, "api/v1/modules"), "{\"code\": ");

        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }
}
