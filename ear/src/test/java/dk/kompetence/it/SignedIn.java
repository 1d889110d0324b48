package dk.kompetence.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in sessions the tests' REST calls run in, one per user and server: signed in once
 * through the login form, as a browser does. Over HTTP Basic every request pays a PBKDF2 password
 * check (~30 ms, more on a busy machine; thousands of requests in a test run); in a session only the
 * sign-in does. A deployment or a server start ends every session: {@link SessionsEndWithTheServer}
 * forgets them then. HTTP Basic itself is tested where it matters (LoginThrottlingIT,
 * SingleSignOnIT) with {@link Http#withPassword}.
 */
public final class SignedIn {

    /** "JSESSIONID=…" by server (host:port) and user. */
    private static final Map<String, String> COOKIES = new ConcurrentHashMap<>();

    private SignedIn() {
    }

    /** The Cookie header of the user's session on the server the URI names; signs in the first time. */
    static String cookie(URI uri, String user) {
        return COOKIES.computeIfAbsent(uri.getAuthority() + " " + user, key -> signIn(uri, user));
    }

    static void forgetAll() {
        COOKIES.clear();
    }

    private static String signIn(URI uri, String user) {
        URI form = URI.create(uri.getScheme() + "://" + uri.getAuthority() + Http.APPLICATION.getPath()
                + "j_security_check");
        // Http's client follows no redirects: the answer is the form's own.
        HttpResponse<String> answer = Http.send(HttpRequest.newBuilder(form)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&j_password=" + URLEncoder.encode(Http.PASSWORD, StandardCharsets.UTF_8)))
                .build());
        // Signed in: a redirect away from the form with the session; refused: the form again (200)
        // or a redirect to its error page.
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() / 100 != 3 || location.contains("login.xhtml")) {
            throw new IllegalStateException("signing in as " + user + " at " + form + " answered "
                    + answer.statusCode() + " " + location);
        }
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session after signing in as " + user));
    }
}
