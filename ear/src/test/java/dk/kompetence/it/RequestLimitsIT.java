package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Request size limits (issue #7) with real oversized bodies: the API's own limit and the server's ceiling. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestLimitsIT {

    /** RequestBodyLimit in the web module. */
    private static final int API_LIMIT = 10 * 1024 * 1024;

    /** max-post-size of the HTTP listener in configure-server.cli. */
    private static final int SERVER_CEILING = 11 * 1024 * 1024;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    @Test
    void aRestBodyOverTenMegabytesIsRefusedWith413AsAProblemBeforeItIsRead() {
        HttpResponse<String> response = postModuleOfSize(API_LIMIT + 1);

        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = Http.json(response);
        assertEquals("urn:kompetence:problem:too-large", problem.getString("type"));
        assertEquals(413, problem.getInt("status"));
    }

    @Test
    void aRestBodyJustUnderTheLimitIsReadAndJudgedOnItsContent() {
        HttpResponse<String> response = postModuleOfSize(API_LIMIT - 1024);

        assertEquals(400, response.statusCode(), "the description is far over its 4000 characters");
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void aFormPostOverTheServersCeilingToAPageIsRefusedWithoutAStackTrace() {
        String form = "search=search&search%3Atext=" + "a".repeat(SERVER_CEILING) + "&search%3Afind=search";
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(Http.resolve(base, "index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());

        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, "refused: " + response.statusCode());
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
    }

    /** A module whose description fills the JSON body up to exactly the given number of bytes. */
    private HttpResponse<String> postModuleOfSize(int bytes) {
        String json = """
                {"code":"BIG","title":"For stor","providerId":%d,"format":"IN_PERSON","hours":7,"description":"%%s"}"""
                .formatted(new Api(base).anyProvider());
        String body = json.formatted("a".repeat(bytes - json.length() + 2));
        assertEquals(bytes, body.length());
        return Http.postJson(Http.resolve(base, "api/v1/modules"), body);
    }
}
