package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrolmentConcurrencyIT {

    private static final int SEATS = 10;
    private static final int REQUESTS = 50;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    @Test
    void fiftyParallelRequestsForTenSeatsConfirmExactlyTenAndWaitlistTheRestInArrivalOrder() throws Exception {
        Api api = new Api(base);
        long institution = api.institutionWithoutApproval();
        long session = api.openSession(api.publishedModule(false), SEATS, api.dayAhead(2));
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            people.add(api.employee(institution, "Deltager" + i));
        }

        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (long person : people) {
            Callable<HttpResponse<String>> enrol = () -> {
                start.await();
                return api.post("enrolments", "{\"sessionId\":%d,\"personId\":%d}".formatted(session, person));
            };
            answers.add(pool.submit(enrol));
        }
        start.countDown();
        List<JsonObject> enrolments = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertEquals(201, response.statusCode(), response.body());
            enrolments.add(Http.json(response));
        }
        pool.shutdown();

        var byStatus = enrolments.stream().collect(Collectors.groupingBy(e -> e.getString("status"), Collectors.counting()));
        assertEquals(SEATS, byStatus.get("CONFIRMED"), byStatus.toString());
        assertEquals(REQUESTS - SEATS, byStatus.get("WAITLISTED"), byStatus.toString());

        JsonObject sessionNow = api.getObject("sessions/" + session);
        assertEquals(SEATS, sessionNow.getInt("seatsTaken"));
        assertEquals("FULL", sessionNow.getString("status"));
        JsonObject stored = api.getObject("sessions/" + session + "/enrolments?size=100&sort=requestedAt");
        assertEquals(REQUESTS, stored.getInt("total"), "nothing lost");

        // First come, first served: every confirmed request arrived before every waitlisted one, and
        // the waitlist positions follow arrival.
        List<JsonObject> inOrder = stored.getJsonArray("items").stream().map(JsonObject.class::cast)
                .sorted(Comparator.comparing((JsonObject e) -> e.getString("requestedAt"))
                        .thenComparing(e -> e.getJsonNumber("id").longValue()))
                .toList();
        for (int i = 0; i < inOrder.size(); i++) {
            JsonObject enrolment = inOrder.get(i);
            if (i < SEATS) {
                assertEquals("CONFIRMED", enrolment.getString("status"), "arrival " + i);
            } else {
                assertEquals("WAITLISTED", enrolment.getString("status"), "arrival " + i);
                assertEquals(i - SEATS + 1, enrolment.getInt("waitlistPosition"), "arrival " + i);
            }
        }

        // A freed seat goes to the first on the waitlist.
        long firstConfirmed = inOrder.get(0).getJsonNumber("id").longValue();
        long firstWaiting = inOrder.get(SEATS).getJsonNumber("id").longValue();
        api.postObject("enrolments/" + firstConfirmed + "/cancel", "", 200);
        assertEquals("CONFIRMED", api.getObject("enrolments/" + firstWaiting).getString("status"));
        assertEquals(1, api.getObject("enrolments/" + inOrder.get(SEATS + 1).getJsonNumber("id").longValue())
                .getInt("waitlistPosition"));
        assertTrue(api.getObject("sessions/" + session).getInt("seatsTaken") == SEATS);
    }
}
