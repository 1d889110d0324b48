package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.Test;

/**
 * Kills the server with SIGKILL while enrolments pour in, starts it again and looks for every
 * enrolment it had acknowledged: a 2xx must mean committed. Runs beside RestartIT, against a
 * server it starts itself, once on Derby and once on PostgreSQL; prints the figures.
 */
class CrashSafetyIT extends OwnServerTest {

    private static final int PEOPLE = 150;
    private static final int THREADS = 4;
    /** Acknowledged enrolments before the kill; the rest of the loop runs into it. */
    private static final int KILL_AFTER = 40;

    @Test
    void everyAcknowledgedEnrolmentSurvivesAKillOfTheServerUnderLoad() throws Exception {
        server.start(CONTAINER);
        deployer.deploy(APP);
        Api api = new Api(new URL(Http.server(8080, "/kompetence/").toString()));
        long session = api.openSession(api.publishedModule(false), PEOPLE, api.dayAhead(3));
        long institution = api.institutionWithoutApproval();
        ConcurrentLinkedQueue<Long> waiting = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < PEOPLE; i++) {
            waiting.add(api.employee(institution, "Nedbrud" + i));
        }

        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch enoughAcknowledged = new CountDownLatch(KILL_AFTER);
        ExecutorService load = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            load.submit(() -> {
                for (Long person = waiting.poll(); person != null; person = waiting.poll()) {
                    try {
                        HttpResponse<String> answer = api.post("enrolments",
                                "{\"sessionId\":%d,\"personId\":%d}".formatted(session, person));
                        if (answer.statusCode() / 100 == 2) {
                            acknowledged.add(Http.<JsonObject>json(answer).getJsonNumber("id").longValue());
                            enoughAcknowledged.countDown();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (IllegalStateException connectionLost) {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        assertTrue(enoughAcknowledged.await(5, TimeUnit.MINUTES), "the load acknowledged " + acknowledged.size());
        WildFlyProcess.killHard();
        load.shutdown();
        assertTrue(load.awaitTermination(2, TimeUnit.MINUTES), "the load ends once the server is gone");
        // The container still holds the dead process; stopping it lets it start a new one. The
        // server deploys the EAR again from its own configuration.
        server.stop(CONTAINER);

        server.start(CONTAINER);
        try {
            JsonObject stored = api.getObject("sessions/" + session + "/enrolments?size=" + PEOPLE);
            Set<Long> found = stored.getJsonArray("items").stream()
                    .map(e -> ((JsonObject) e).getJsonNumber("id").longValue()).collect(Collectors.toSet());
            List<Long> lost = new ArrayList<>(acknowledged);
            lost.removeAll(found);
            System.out.printf("Crash safety on %s: %d enrolments sent of %d, %d acknowledged with 2xx, %d found after"
                            + " the restart (%d stored without an answer), %d lost, %d refused or cut off by the kill%n",
                    System.getProperty("server.config"), PEOPLE - waiting.size(), PEOPLE, acknowledged.size(),
                    found.size(), found.size() - (acknowledged.size() - lost.size()), lost.size(), failed.get());
            assertTrue(acknowledged.size() < PEOPLE, "the kill came while enrolments were still coming in");
            assertEquals(List.of(), lost, "acknowledged enrolments missing after the restart");
        } finally {
            deployer.undeploy(APP);
            server.stop(CONTAINER);
        }
    }
}
