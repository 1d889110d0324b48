package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document describes every endpoint the server really runs: the running JAX-RS
 * resources come from the server's management model (the jaxrs subsystem of the web module), not
 * from a list kept by hand, so a new resource method without a description fails here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiCompletenessIT {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** Arquillian's own connection to the server's management interface, signed in as the local user. */
    @ArquillianResource
    ManagementClient management;

    @Test
    void everyRunningRestEndpointIsInTheOpenApiDocument() throws IOException {
        Set<String> running = runningEndpoints();
        assertTrue(running.contains("GET /kompetence/api/v1/modules")
                && running.contains("PUT /kompetence/api/v1/sessions/{id}/funding"), running.toString());

        Set<String> missing = new TreeSet<>(running);
        missing.removeAll(documentedEndpoints());

        assertEquals(Set.of(), missing, "running but not in /openapi");
    }

    /** "GET /kompetence/api/v1/modules/{id}" for every resource method of the web module. */
    private Set<String> runningEndpoints() throws IOException {
        ModelNode address = new ModelNode().add("deployment", "kompetence.ear")
                .add("subdeployment", "kompetence-web.war").add("subsystem", "jaxrs");
        ModelNode read = Operations.createReadResourceOperation(address, true);
        read.get("include-runtime").set(true);
        ModelNode outcome = management.getControllerClient().execute(read);
        assertTrue(Operations.isSuccessfulOutcome(outcome), outcome.toString());

        Set<String> endpoints = new TreeSet<>();
        ModelNode resources = Operations.readResult(outcome).get("rest-resource");
        for (String resourceClass : resources.keys()) {
            ModelNode resource = resources.get(resourceClass);
            assertTrue(!resource.hasDefined("sub-resource-locators"),
                    resourceClass + " has sub-resource locators, which this test does not follow");
            for (ModelNode path : resource.get("rest-resource-paths").asList()) {
                for (ModelNode method : path.get("resource-methods").asList()) {
                    String[] verbAndPath = method.asString().split(" ", 2);
                    endpoints.add(verbAndPath[0] + " " + normalised(verbAndPath[1]));
                }
            }
        }
        return endpoints;
    }

    private static Set<String> documentedEndpoints() {
        HttpResponse<String> response = Http.getAnonymously(Http.server(8080, "/openapi?format=JSON"));
        assertEquals(200, response.statusCode());
        JsonObject paths = Http.<JsonObject>json(response).getJsonObject("paths");
        Set<String> endpoints = new TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream().filter(HTTP_METHODS::contains)
                .forEach(method -> endpoints.add(method.toUpperCase(Locale.ROOT) + " " + normalised(path))));
        return endpoints;
    }

    /** One slash between segments, none at the end, path parameters without their patterns. */
    private static String normalised(String path) {
        String single = path.replaceAll("/{2,}", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
        return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
    }
}
