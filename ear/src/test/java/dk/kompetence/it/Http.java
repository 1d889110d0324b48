package dk.kompetence.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP against the deployed application. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    /** The build passes the offset to the tests; inside the server it is the server's own. */
    private static final int PORT_OFFSET = Integer.getInteger("port.offset",
            Integer.getInteger("jboss.socket.binding.port-offset", 0));

    /** A URI on the server's own ports (8080 for the application, 9990 for management) plus the offset. */
    public static URI server(int port, String path) {
        return URI.create("http://127.0.0.1:" + (port + PORT_OFFSET) + path);
    }

    /** The application's own address (its context root in the EAR's application.xml). */
    public static final URL APPLICATION = url(server(8080, "/kompetence/"));

    private static URL url(URI uri) {
        try {
            return uri.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(uri.toString(), e);
        }
    }

    public static URI resolve(URL base, String path) {
        return URI.create(base.toExternalForm()).resolve(path);
    }

    /** Every demo user has this password (see the README). */
    public static final String PASSWORD = "kompetence";

    /** The tests set up their data as HR, who may do everything; role tests name their user. */
    public static final String DEFAULT_USER = "hr";

    /** A request as the user, in their signed-in session (see {@link SignedIn}); none for null. */
    public static HttpRequest.Builder request(URI uri, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "application/json");
        if (user != null) {
            request.header("Cookie", SignedIn.cookie(uri, user));
        }
        return request;
    }

    /** A request with the user's password over HTTP Basic, as a REST client outside a browser sends it. */
    public static HttpRequest.Builder withPassword(URI uri, String user) {
        return withPassword(uri, user, PASSWORD);
    }

    /** The same with any password, a wrong one too. */
    public static HttpRequest.Builder withPassword(URI uri, String user, String password) {
        String credentials = java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).header("Accept", "application/json")
                .header("Authorization", "Basic " + credentials);
    }

    public static HttpResponse<String> get(URI uri) {
        return send(request(uri, DEFAULT_USER).GET().build());
    }

    /** For what needs no sign-in: health, the OpenAPI document. */
    public static HttpResponse<String> getAnonymously(URI uri) {
        return send(request(uri, null).GET().build());
    }

    public static HttpResponse<String> postJson(URI uri, String json) {
        return send(request(uri, DEFAULT_USER).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<byte[]> sendBytes(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <T extends JsonStructure> T json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return (T) reader.read();
        }
    }
}
