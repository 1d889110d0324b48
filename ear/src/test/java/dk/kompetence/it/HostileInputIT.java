package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Hostile input over real requests: XSS, forged form posts, security headers, session fixation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    @Test
    void scriptsInAnEducatorsModuleDescriptionAreRemovedOnTheWayIn() {
        Api api = new Api(base);
        JsonObject created = api.postObject("modules", """
                {"code":"%s","title":"Relationskompetence","description":"<p>Et <b>godt</b> forløb</p><script>alert('x')</script><img src=x onerror=alert(1)><a href=\\"javascript:alert(1)\\">klik</a>",
                 "providerId":%d,"format":"IN_PERSON","hours":7}""".formatted(api.unique("X"), api.anyProvider()), 201);
        String description = created.getString("description");
        assertTrue(description.contains("<p>Et <b>godt</b> forløb</p>"), description);
        assertFalse(description.contains("<script") || description.contains("onerror") || description.contains("javascript:"),
                description);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Api api = new Api(base);
        for (URI uri : new URI[] {Http.resolve(base, ""), api.uri("modules")}) {
            HttpResponse<String> response = Http.get(uri);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), uri.toString());
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"),
                    uri.toString());
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), uri.toString());
        }
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        browser.send(HttpRequest.newBuilder(Http.resolve(base, "mine.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String before = sessionId(cookies);
        browser.send(HttpRequest.newBuilder(Http.resolve(base, "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=medarbejder&j_password="
                        + URLEncoder.encode(Http.PASSWORD, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        String after = sessionId(cookies);
        assertFalse(before.isEmpty());
        assertNotEquals(before, after, "a new session id after login (no session fixation)");
    }

    @Test
    void aFormPostWithoutTheViewsStateTokenChangesNothing() throws Exception {
        HttpClient attacker = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> forged = attacker.send(HttpRequest.newBuilder(Http.resolve(base, "index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("search=search&search%3Atext=NEST&search%3Afind=search"
                        + "&jakarta.faces.ViewState=forged")).build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(forged.body().contains("NEST: Det fælles pædagogiske grundlag") && forged.body().contains("search:modules"),
                "a postback with a forged view state must not be processed");
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }
}
