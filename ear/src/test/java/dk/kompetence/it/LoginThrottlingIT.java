package dk.kompetence.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.db.PasswordDigest;
import jakarta.annotation.Resource;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login throttling (issue #7): Elytron's brute-force protection on the JDBC realm (set up in
 * configure-server.cli) counts wrong passwords per user, across the login form and HTTP Basic.
 * Runs inside the server only to create its own users in the database, so that no demo user is
 * ever locked out; every sign-in is a real HTTP request to the server's own port.
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottlingIT {

    /** wildfly.elytron.realm.kompetence-realm.brute-force.max-failed-attempts in configure-server.cli. */
    private static final int MAX_FAILED_ATTEMPTS = 5;

    private static final String WRONG_PASSWORD = "not-" + Http.PASSWORD;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(LoginThrottlingIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/KompetenceMigrationDS")
    DataSource database;

    @Test
    void afterFiveWrongPasswordsByFormOrBasicEvenTheRightOneIsRefusedButOnlyForThatUser() throws Exception {
        String locked = newUser("locked");
        String bystander = newUser("bystander");

        // Three wrong passwords in the form and two over Basic: only the sum reaches the limit.
        for (int attempt = 1; attempt <= MAX_FAILED_ATTEMPTS; attempt++) {
            if (attempt % 2 == 1) {
                assertFalse(signsInWithForm(locked, WRONG_PASSWORD));
            } else {
                assertEquals(401, statusWithBasic(locked, WRONG_PASSWORD));
            }
        }

        assertEquals(401, statusWithBasic(locked, Http.PASSWORD), "the right password over HTTP Basic");
        assertFalse(signsInWithForm(locked, Http.PASSWORD), "the right password in the login form");
        assertEquals(200, statusWithBasic(bystander, Http.PASSWORD), "another user over HTTP Basic");
        assertTrue(signsInWithForm(bystander, Http.PASSWORD), "another user in the login form");
    }

    @Test
    void oneWrongPasswordShortOfTheLimitTheRightOneStillSignsIn() throws Exception {
        String user = newUser("almost");
        for (int attempt = 1; attempt < MAX_FAILED_ATTEMPTS; attempt++) {
            assertEquals(401, statusWithBasic(user, WRONG_PASSWORD));
        }
        assertEquals(200, statusWithBasic(user, Http.PASSWORD));
    }

    /** A user of the employee role with no person behind it, signing in with the demo password. */
    private String newUser(String purpose) throws SQLException {
        String username = purpose + "-" + Long.toString(System.currentTimeMillis(), 36);
        PasswordDigest digest = PasswordDigest.of(Http.PASSWORD);
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement account = connection.prepareStatement("INSERT INTO user_account "
                    + "(username, password_hash, password_salt, password_iterations) VALUES (?, ?, ?, ?)")) {
                account.setString(1, username);
                account.setString(2, digest.hash());
                account.setString(3, digest.salt());
                account.setInt(4, digest.iterations());
                account.executeUpdate();
            }
            try (PreparedStatement role = connection.prepareStatement(
                    "INSERT INTO user_role (username, role) VALUES (?, 'employee')")) {
                role.setString(1, username);
                role.executeUpdate();
            }
        }
        return username;
    }

    private static int statusWithBasic(String username, String password) {
        return Http.send(Http.withPassword(page("api/v1/me"), username, password).GET().build()).statusCode();
    }

    /** As a browser does: open a page that needs signing in, then post the login form. */
    private static boolean signsInWithForm(String username, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        browser.send(HttpRequest.newBuilder(page("mine.xhtml")).GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(page("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(username, UTF_8)
                        + "&j_password=" + URLEncoder.encode(password, UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 302) {
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/mine.xhtml"),
                    "signed in, back to the page asked for");
            return true;
        }
        assertTrue(response.body().contains("id=\"login-error\""), "refused with the login page's message: "
                + response.statusCode());
        return false;
    }

    private static URI page(String path) {
        return Http.server(8080, "/kompetence/" + path);
    }
}
