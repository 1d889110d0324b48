package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    private static final URI READY = Http.server(9990, "/health/ready");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void readinessIncludesTheDatabaseCheckAndIsUp() {
        HttpResponse<String> response = Http.getAnonymously(READY);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Http.json(response);
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                        .anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")),
                response.body());
    }

    @Test
    void openApiDocumentDescribesTheModuleEndpoints() {
        HttpResponse<String> response = Http.getAnonymously(Http.server(8080, "/openapi?format=JSON"));

        assertEquals(200, response.statusCode());
        JsonObject paths = Http.<JsonObject>json(response).getJsonObject("paths");
        assertTrue(paths.containsKey("/kompetence/api/v1/modules"), paths.keySet().toString());
        assertTrue(paths.containsKey("/kompetence/api/v1/modules/{id}"), paths.keySet().toString());
    }
}
