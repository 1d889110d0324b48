package dk.kompetence.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * GET requests to the REST API over real HTTP/1.1 on one kept-alive client, signed in either with
 * HTTP Basic on every request (each one pays a PBKDF2 password check) or once with the login form,
 * like the coverage page in a browser, after which the session carries the identity.
 */
final class Api {

    private final HttpClient client;
    private final URI base;
    private final String authorization;

    private Api(URI base, HttpClient client, String authorization) {
        this.base = base;
        this.client = client;
        this.authorization = authorization;
    }

    static Api basic(URI base, String username, String password) {
        return new Api(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build(), "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static Api session(URI base, String username, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        client.send(HttpRequest.newBuilder(base.resolve("/kompetence/coverage.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> signedIn = client.send(HttpRequest.newBuilder(base.resolve("/kompetence/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        if (signedIn.statusCode() != 302 && signedIn.statusCode() != 303) {
            throw new IllegalStateException("The login form answered " + signedIn.statusCode());
        }
        return new Api(base, client, null);
    }

    /** The body of the response to a POST without a body; anything but the expected status is an error. */
    String post(String path, int expectedStatus) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpResponse<String> response = client.send(builder.header("Accept", "application/json")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response.body();
    }

    /** The body of a 200 response; anything else is an error. */
    String get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest request = builder
                .header("Accept", "application/json")
                .timeout(Duration.ofMinutes(10))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response.body();
    }
}
