package dk.kompetence.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes behind HAProxy on one PostgreSQL (ear/src/test/scripts/cluster.sh), node 1 killed with
 * SIGKILL halfway through a bounded load of signed-in users: HR users signed in with the login form
 * read a page and the REST API and enrol people into one small session, through the balancer.
 * Afterwards: no request lost, no session that had to sign in again, no seat confirmed beyond the
 * capacity, and every acknowledged enrolment stored. Runs in its own failsafe execution after the
 * other servers are gone; prints the figures.
 */
class ClusterIT {

    private static final Path SCRIPT = Path.of(System.getProperty("cluster.script"));
    private static final Path DIR = Path.of(System.getProperty("cluster.dir"));
    private static final int BALANCER_PORT = Integer.getInteger("cluster.balancer.port");
    private static final URI BASE = URI.create("http://127.0.0.1:" + BALANCER_PORT + "/kompetence/");

    private static final int SEATS = 8;
    private static final int THREADS = 4;
    /** Each thread's rounds of three requests: a page, the REST API as itself, an enrolment. */
    private static final int ROUNDS = 25;
    /** Completed requests before node 1 is killed: about a third of the load. */
    private static final int KILL_AFTER = THREADS * ROUNDS;

    @BeforeAll
    static void startCluster() throws Exception {
        script("start", DIR.toString(), Integer.toString(BALANCER_PORT), System.getProperty("cluster.postgresql.port"),
                System.getProperty("cluster.node1.offset"), System.getProperty("cluster.node2.offset"));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        script("stop", DIR.toString());
    }

    @Test
    void losingANodeUnderLoadLosesNoRequestNoSignInAndOverbooksNoSeat() throws Exception {
        Api api = new Api(BASE.toURL());
        long session = api.openSession(api.publishedModule(false), SEATS, api.dayAhead(4));
        long institution = api.institutionWithoutApproval();
        ConcurrentLinkedQueue<Long> waiting = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < THREADS * ROUNDS; i++) {
            waiting.add(api.employee(institution, "Klynge" + i));
        }
        List<SignedIn> users = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            users.add(SignedIn.as("hr"));
        }

        Figures figures = new Figures();
        CountDownLatch killPoint = new CountDownLatch(KILL_AFTER);
        ExecutorService load = Executors.newFixedThreadPool(THREADS);
        for (SignedIn user : users) {
            load.submit(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    figures.page(user, user.get("admin.xhtml", "text/html"));
                    killPoint.countDown();
                    figures.me(user, user.get("api/v1/me", "application/json"));
                    killPoint.countDown();
                    long person = waiting.remove();
                    figures.enrolment(person, user.postJson("api/v1/enrolments",
                            "{\"sessionId\":%d,\"personId\":%d}".formatted(session, person)));
                    killPoint.countDown();
                }
                return null;
            });
        }
        assertTrue(killPoint.await(2, TimeUnit.MINUTES), "the load reached the kill point");
        Set<String> nodesBeforeKill = users.stream().map(SignedIn::node).collect(Collectors.toSet());
        long node1 = Long.parseLong(Files.readString(DIR.resolve("node1/server.pid")).trim());
        WildFlyProcess.killHard(ProcessHandle.of(node1).orElseThrow());
        int sentBeforeKill = figures.sent.get();
        load.shutdown();
        assertTrue(load.awaitTermination(2, TimeUnit.MINUTES), "the load ends");
        Set<String> nodesAfterKill = users.stream().map(SignedIn::node).collect(Collectors.toSet());

        JsonObject stored = api.getObject("sessions/" + session + "/enrolments?size=" + (THREADS * ROUNDS));
        List<JsonObject> enrolments = stored.getJsonArray("items").stream().map(JsonObject.class::cast).toList();
        Set<Long> storedIds = enrolments.stream().map(e -> e.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        Set<Long> storedPeople = enrolments.stream().map(e -> e.getJsonNumber("personId").longValue())
                .collect(Collectors.toSet());
        long confirmed = enrolments.stream().filter(e -> "CONFIRMED".equals(e.getString("status"))).count();
        long overbooked = Math.max(0, confirmed - SEATS);
        List<Long> acknowledgedMissing = new ArrayList<>(figures.acknowledged);
        acknowledgedMissing.removeAll(storedIds);
        long inDoubtStored = figures.inDoubt.stream().filter(storedPeople::contains).count();

        System.out.printf("Cluster: %d requests through the balancer (%d before node 1 was killed), %d lost,"
                        + " %d enrolments cut off by the kill (in doubt: %d of them stored, %d not), %d sessions had to"
                        + " sign in again; nodes serving the signed-in users before the kill %s, after %s; %d confirmed"
                        + " of %d seats (%d overbooked), %d waitlisted, %d acknowledged enrolments missing%n",
                figures.sent.get(), sentBeforeKill, figures.lost.get(), figures.inDoubt.size(), inDoubtStored,
                figures.inDoubt.size() - inDoubtStored, figures.signedOut.get(), nodesBeforeKill, nodesAfterKill,
                confirmed, SEATS, overbooked, enrolments.size() - confirmed, acknowledgedMissing.size());
        assertTrue(nodesBeforeKill.contains("node1"), "node 1 served users before the kill: " + nodesBeforeKill);
        assertEquals(Set.of("node2"), nodesAfterKill, "node 2 took over every user");
        assertEquals(List.of(), List.copyOf(figures.failures), "lost requests");
        assertEquals(0, figures.signedOut.get(), "sessions that had to sign in again");
        assertEquals(0, overbooked, "seats confirmed beyond the capacity");
        assertEquals(List.of(), acknowledgedMissing, "acknowledged enrolments missing");
        // A POST is never sent twice (see cluster.sh); at most the one each user had in flight at the kill.
        assertTrue(figures.inDoubt.size() <= THREADS, "enrolments cut off: " + figures.inDoubt);
    }

    /** What the users saw, counted from several threads. */
    private static final class Figures {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger lost = new AtomicInteger();
        final AtomicInteger signedOut = new AtomicInteger();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> inDoubt = new ConcurrentLinkedQueue<>();

        void page(SignedIn user, Answer answer) {
            if (ok(answer, "page") && answer.body().contains("j_security_check")) {
                signedOut(user);
            }
        }

        void me(SignedIn user, Answer answer) {
            if (answer.status() == 401 || answer.status() == 302) {
                sent.incrementAndGet();
                signedOut(user);
            } else {
                ok(answer, "me");
            }
        }

        /**
         * The balancer does not send a POST again once it reached a node (cluster.sh): when node 1
         * dies with it, the user gets 502 and must look whether it went through, as after any
         * answer lost on the way. Those are counted apart and looked up afterwards.
         */
        void enrolment(long person, Answer answer) {
            if (answer.status() == 502 || answer.status() == -1) {
                sent.incrementAndGet();
                inDoubt.add(person);
            } else if (ok(answer, "enrolment")) {
                acknowledged.add(Http.<JsonObject>json(answer.response()).getJsonNumber("id").longValue());
            }
        }

        private boolean ok(Answer answer, String what) {
            sent.incrementAndGet();
            if (answer.status() / 100 == 2) {
                return true;
            }
            lost.incrementAndGet();
            failures.add(what + ": " + answer.status() + " " + answer.failure());
            return false;
        }

        private void signedOut(SignedIn user) {
            signedOut.incrementAndGet();
            user.signIn();
        }
    }

    private record Answer(int status, HttpResponse<String> response, String failure) {
        String body() {
            return response.body();
        }
    }

    /** A user signed in with the login form, as a browser: cookies (the session and the balancer's), no redirects followed. */
    private static final class SignedIn {
        private final HttpClient client;
        private final CookieManager cookies = new CookieManager();
        private final String username;

        private SignedIn(String username) {
            this.username = username;
            this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        }

        static SignedIn as(String username) {
            SignedIn user = new SignedIn(username);
            user.signIn();
            return user;
        }

        void signIn() {
            send(HttpRequest.newBuilder(BASE.resolve("admin.xhtml")).GET());
            Answer answer = send(HttpRequest.newBuilder(BASE.resolve("j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(username, UTF_8)
                            + "&j_password=" + URLEncoder.encode(Http.PASSWORD, UTF_8))));
            assertEquals(302, answer.status(), "signed in with the form: " + answer.failure());
        }

        /** The node the balancer keeps this user on (its SERVERID cookie). */
        String node() {
            return cookies.getCookieStore().get(BASE).stream().filter(c -> c.getName().equals("SERVERID"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse("none");
        }

        Answer get(String path, String accept) {
            return send(HttpRequest.newBuilder(BASE.resolve(path)).header("Accept", accept).GET());
        }

        Answer postJson(String path, String json) {
            return send(HttpRequest.newBuilder(BASE.resolve(path)).header("Accept", "application/json")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        private Answer send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response, response.statusCode() / 100 == 2 ? ""
                        : response.headers().firstValue("Location").orElse("")
                        + response.body().substring(0, Math.min(300, response.body().length())));
            } catch (IOException e) {
                return new Answer(-1, null, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(-1, null, e.toString());
            }
        }
    }

    private static void script(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(arguments));
        // Into a file of its own: the failsafe JVM's standard output is surefire's channel.
        Path log = DIR.resolveSibling("cluster.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        assertEquals(0, process.waitFor(), String.join(" ", command) + ", see " + log);
    }
}
