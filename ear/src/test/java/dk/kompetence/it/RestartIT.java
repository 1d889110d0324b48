package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Runs in its own failsafe execution, against a server it stops and starts itself. */
class RestartIT extends OwnServerTest {

    private static final URI MODULES = Http.server(8080, "/kompetence/api/v1/modules");

    @Test
    void aStoredModuleIsStillThereAfterTheServerRestarts() {
        server.start(CONTAINER);
        deployer.deploy(APP);
        JsonArray modules = Http.<jakarta.json.JsonObject>json(Http.get(MODULES)).getJsonArray("items");
        long provider = modules.getJsonObject(0).getJsonNumber("providerId").longValue();
        String code = "RS-" + System.currentTimeMillis() % 1_000_000_000L;
        HttpResponse<String> created = Http.postJson(MODULES, """
                {"code":"%s","title":"Genstart: Hanen – sprogstimulering","providerId":%d,
                 "format":"ONLINE","hours":3,"approaches":["HANEN"]}""".formatted(code, provider));
        assertEquals(201, created.statusCode(), created.body());
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
        deployer.undeploy(APP);
        server.stop(CONTAINER);

        server.start(CONTAINER);
        deployer.deploy(APP);
        try {
            HttpResponse<String> readBack = Http.get(location);
            assertEquals(200, readBack.statusCode(), readBack.body());
            assertEquals("Genstart: Hanen – sprogstimulering", Http.<jakarta.json.JsonObject>json(readBack).getString("title"));
        } finally {
            deployer.undeploy(APP);
            server.stop(CONTAINER);
        }
    }
}
