package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.it.pages.CataloguePage;
import dk.kompetence.it.pages.KeycloakSignInPage;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Single sign-on against a real Keycloak (started by the build from Maven Central with the realm in
 * src/test/keycloak), on a server configured by configure-sso.cli. Runs in its own failsafe
 * execution, after the tests of the shared server, on the same database (the demo data).
 */
class SingleSignOnIT extends BrowserTest {

    private static final String PROVIDER = "http://localhost:" + Integer.getInteger("keycloak.port", 18180);
    private static final String REALM = PROVIDER + "/realms/kompetence";
    private static final String PASSWORD = "kompetence";
    /** ny.paedagog in the test realm carries this payroll number and has no account before the first sign-in. */
    private static final String NEW_EMPLOYEE_NUMBER = "990001";

    /** The build starts Keycloak in the background before the other integration tests; usually it is up by now. */
    @BeforeAll
    static void waitForKeycloak() throws InterruptedException {
        Instant start = Instant.now();
        while (Http.send(HttpRequest.newBuilder(URI.create(REALM + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build()).statusCode() != 200) {
            if (Duration.between(start, Instant.now()).toSeconds() > 300) {
                throw new IllegalStateException("Keycloak did not answer at " + REALM + " (see target/keycloak-*/keycloak.log)");
            }
            Thread.sleep(1000);
        }
        System.out.println("Waited " + Duration.between(start, Instant.now()).toMillis() + " ms for Keycloak");
    }

    @Test
    void hrSignsInAtTheProviderLandsOnAdministrationAndSignsOutEverywhere() {
        signInAt("start.xhtml", "hr");
        assertTrue(browser.getCurrentUrl().contains("/admin.xhtml"), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.id("topbar:nav-admin")).isEmpty());

        new CataloguePage(browser).clickToNavigate(browser.findElement(By.id("topbar:sign-out")));
        assertFalse(browser.findElements(By.id("topbar:sign-in")).isEmpty(), "back on a public page, signed out");
        assertFalse(browser.getCurrentUrl().contains("/admin"), browser.getCurrentUrl());

        // Signed out at the provider too (the server ended the Keycloak session): the form comes back.
        browser.get(base + "admin.xhtml");
        KeycloakSignInPage.expected(browser, REALM);
    }

    @Test
    void anEmployeeLandsOnTheirOwnCoursesAsThePersonOfTheirAccount() {
        signInAt("start.xhtml", "medarbejder");
        assertTrue(browser.getCurrentUrl().contains("/mine.xhtml"), browser.getCurrentUrl());
        String greeted = browser.findElement(By.id("topbar:who")).getText();
        JsonObject me = Http.json(bearer("medarbejder", "api/v1/me"));
        JsonObject person = Http.json(bearer("hr", "api/v1/people/" + me.getJsonNumber("personId").longValue()));
        assertEquals(person.getString("firstName") + " " + person.getString("lastName"), greeted);
    }

    @Test
    void aLeaderSeesTheInstitutionsTheTokenNamesAndNoOthers() {
        long school = institution("219060");      // where the demo leader is a member
        long daycare = institution("1017453917"); // named only in the token's institutions claim
        long other = institution("219012");
        assertEquals(200, bearer("leder", "api/v1/people?institution=" + school).statusCode());
        assertEquals(200, bearer("leder", "api/v1/people?institution=" + daycare).statusCode());
        assertEquals(403, bearer("leder", "api/v1/people?institution=" + other).statusCode());

        signInAt("team.xhtml", "leder");
        assertTrue(browser.getCurrentUrl().contains("/team.xhtml"), browser.getCurrentUrl());
    }

    @Test
    void aFirstSignInGetsAnAccountForThePersonWithTheClaimedEmployeeNumber() {
        JsonObject found = Http.json(bearer("hr", "api/v1/people?text=" + NEW_EMPLOYEE_NUMBER));
        long person = found.getInt("total") > 0 ? found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()
                : createEmployee();

        signInAt("start.xhtml", "ny.paedagog");
        assertTrue(browser.getCurrentUrl().contains("/mine.xhtml"), browser.getCurrentUrl());
        // The name of the person in Kompetence, not the one the provider knows (Nanna Nyansat).
        assertEquals("Nanna Lønnummersen", browser.findElement(By.id("topbar:who")).getText());

        JsonObject audit = Http.json(bearer("hr", "api/v1/audit?action=ACCOUNT_CREATED_BY_SSO&person=" + person));
        assertEquals(1, audit.getInt("total"), audit.toString());
        assertEquals("ny.paedagog", audit.getJsonArray("items").getJsonObject(0).getString("actor"));
    }

    @Test
    void theRestApiTakesBearerTokensAndAnswers401WithoutOne() {
        JsonObject me = Http.json(bearer("hr", "api/v1/me"));
        assertEquals("hr", me.getString("username"));
        assertEquals("[\"hr\"]", me.getJsonArray("roles").toString());

        HttpResponse<String> anonymous = Http.send(HttpRequest.newBuilder(Http.resolve(base, "api/v1/me"))
                .header("Accept", "application/json").build());
        assertEquals(401, anonymous.statusCode(), "a REST client is not sent to a login page");
        HttpResponse<String> password = Http.send(Http.withPassword(Http.resolve(base, "api/v1/me"), "hr").build());
        assertEquals(401, password.statusCode(), "no password sign-in beside single sign-on");
    }

    private long createEmployee() {
        long institution = institution("1017453917");
        HttpResponse<String> created = Http.send(authorized("hr", Http.resolve(base, "api/v1/people"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"kind":"EMPLOYEE","firstName":"Nanna","lastName":"Lønnummersen","employeeNumber":"%s",
                         "role":"PEDAGOGUE","hireDate":"2024-08-01","institutionId":%d,"fte":1}"""
                        .formatted(NEW_EMPLOYEE_NUMBER, institution))).build());
        assertEquals(201, created.statusCode(), created.body());
        return Http.<JsonObject>json(created).getJsonNumber("id").longValue();
    }

    /** Opens a protected page, is sent to the provider's form, signs in and comes back. */
    private void signInAt(String page, String username) {
        browser.get(base + page);
        KeycloakSignInPage.expected(browser, REALM).signIn(username, PASSWORD, base.getPort() + "/kompetence/");
    }

    private long institution(String officialNumber) {
        JsonObject page = Http.json(bearer("hr", "api/v1/institutions?text=" + officialNumber));
        assertEquals(1, page.getInt("total"), officialNumber);
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> bearer(String username, String path) {
        return Http.send(authorized(username, Http.resolve(base, path)).GET().build());
    }

    private static HttpRequest.Builder authorized(String username, URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "application/json")
                .header("Authorization", "Bearer " + accessToken(username));
    }

    /** A token for the test realm's REST client (direct grant), as a script or another system would get one. */
    private static String accessToken(String username) {
        String form = "grant_type=password&client_id=kompetence-test&username=" + username + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(200, response.statusCode(), response.body());
        return Http.<JsonObject>json(response).getString("access_token");
    }
}
