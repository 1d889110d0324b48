package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The budget rule on every path that gives a seat the institution pays for, each test with an
 * institution of its own: a self-enrolment confirmed at once, a leader's team enrolment, a
 * promotion from the waitlist, and parallel enrolments against the last of a budget. Every
 * enrolment here costs 600 kr.: a module without fee, one meeting of two hours, a pedagogue's
 * substitute cover at 300 kr. an hour.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BudgetRulesIT {

    private static final BigDecimal ONE_ENROLMENT = new BigDecimal("600");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    private Api api;
    private LocalDate day;
    private int year;

    @BeforeEach
    void pedagoguesCoverCostsThreeHundredAnHour() {
        api = new Api(base);
        day = api.dayAhead(5);
        year = day.getYear();
        HttpResponse<String> rate = api.put("substitute-rates/" + year + "/PEDAGOGUE", null, "{\"hourlyRate\":300}");
        assertEquals(200, rate.statusCode(), rate.body());
    }

    @Test
    void aSelfEnrolmentConfirmedAtOnceIsRefusedBeyondABlockBudgetAndFitsExactlyWithinIt() {
        long institution = institutionWithBudget("599.99", "BLOCK");
        long session = api.openSession(api.publishedModule(false), 5, day);
        long person = api.employee(institution, "Selvtilmeldt");

        HttpResponse<String> refused = enrol(session, person);
        assertOverBudget(refused);
        assertEquals(0, api.total("sessions/" + session + "/enrolments"), "nothing enrolled");

        setBudget(institution, "600", "BLOCK");
        assertEquals("CONFIRMED", api.enrol(session, person, 201).getString("status"));
        JsonObject budget = api.getObject(budgetPath(institution));
        assertEquals(0, ONE_ENROLMENT.compareTo(budget.getJsonNumber("committed").bigDecimalValue()));
        assertEquals(0, budget.getJsonNumber("remaining").bigDecimalValue().signum());
    }

    @Test
    void aTeamEnrolmentBeyondABlockBudgetIsRefusedWholeAndAWarnBudgetLetsItThroughInTheAuditTrail() {
        long institution = institutionWithBudget("1199.99", "BLOCK");
        long session = api.openSession(api.publishedModule(false), 5, day);
        List<Long> team = List.of(api.employee(institution, "Holdet"), api.employee(institution, "Parret"));
        String body = "{\"sessionId\":%d,\"personIds\":%s,\"mode\":\"SPLIT\"}".formatted(session, team);

        assertOverBudget(api.post("enrolments/team", body));
        assertEquals(0, api.total("sessions/" + session + "/enrolments"), "neither member enrolled");

        setBudget(institution, "1199.99", "WARN");
        HttpResponse<String> enrolled = api.post("enrolments/team", body);
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        JsonArray both = Http.json(enrolled);
        assertEquals(List.of("CONFIRMED", "CONFIRMED"), both.stream().map(e -> ((JsonObject) e).getString("status")).toList());
        JsonObject budget = api.getObject(budgetPath(institution));
        assertEquals(0, new BigDecimal("-0.01").compareTo(budget.getJsonNumber("remaining").bigDecimalValue()));
        long enrolment = both.getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(1, api.total("audit?action=BUDGET_EXCEEDED&entityType=Enrolment&entityId=" + enrolment),
                "the overrun is in the audit trail");
    }

    @Test
    void aPromotionBeyondABlockBudgetLeavesTheCandidateWaitingAndTheCancellationGoesThrough() {
        long strict = institutionWithBudget("1000000", "WARN");
        long other = institutionWithBudget("1000000", "WARN");
        long session = api.openSession(api.publishedModule(false), 1, day);
        long leaving = enrolId(session, api.employee(other, "Afbud"));
        long unfunded = enrolId(session, api.employee(strict, "Venter"));
        long next = enrolId(session, api.employee(other, "Næste"));
        assertEquals("WAITLISTED", status(unfunded));
        setBudget(strict, "0", "BLOCK");

        JsonObject cancelled = api.postObject("enrolments/" + leaving + "/cancel", "", 200);

        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("WAITLISTED", status(unfunded), "the strict budget cannot pay for the seat");
        assertEquals("CONFIRMED", status(next), "the seat goes to the next in line");
        assertEquals(1, api.getObject("sessions/" + session).getInt("seatsTaken"));
    }

    @Test
    void parallelEnrolmentsAgainstTheLastOfABlockBudgetConfirmOnlyWhatItCovers() throws Exception {
        int room = 3;
        int requests = 8;
        long institution = institutionWithBudget(ONE_ENROLMENT.multiply(BigDecimal.valueOf(room)).toPlainString(), "BLOCK");
        long module = api.publishedModule(false);
        List<long[]> seats = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            // A session each, so the session's own lock does not queue them: only the budget's can.
            seats.add(new long[] {api.openSession(module, 2, day), api.employee(institution, "Samtidig" + i)});
        }
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (long[] seat : seats) {
            Callable<HttpResponse<String>> enrol = () -> {
                start.await();
                return enrol(seat[0], seat[1]);
            };
            answers.add(pool.submit(enrol));
        }
        start.countDown();
        int confirmed = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            if (response.statusCode() == 201) {
                confirmed++;
            } else {
                assertOverBudget(response);
            }
        }
        pool.shutdown();

        assertEquals(room, confirmed);
        JsonObject budget = api.getObject(budgetPath(institution));
        assertEquals(0, budget.getJsonNumber("remaining").bigDecimalValue().signum(), budget.toString());
    }

    private long institutionWithBudget(String amount, String policy) {
        long area = api.getArray("areas").getJsonObject(0).getJsonNumber("id").longValue();
        long institution = api.postObject("institutions", """
                {"areaId":%d,"name":"%s","type":"DAYCARE","approvalRequired":false}"""
                .formatted(area, api.unique("Budgethuset")), 201).getJsonNumber("id").longValue();
        setBudget(institution, amount, policy);
        return institution;
    }

    private void setBudget(long institution, String amount, String policy) {
        HttpResponse<String> current = api.get(budgetPath(institution));
        String tag = current.statusCode() == 200 ? current.headers().firstValue("ETag").orElseThrow() : null;
        HttpResponse<String> set = api.put(budgetPath(institution), tag,
                "{\"amount\":%s,\"policy\":\"%s\"}".formatted(amount, policy));
        assertEquals(200, set.statusCode(), set.body());
    }

    private String budgetPath(long institution) {
        return "budgets/" + institution + "/" + year;
    }

    private HttpResponse<String> enrol(long session, long person) {
        return api.post("enrolments", "{\"sessionId\":%d,\"personId\":%d}".formatted(session, person));
    }

    private long enrolId(long session, long person) {
        return api.enrol(session, person, 201).getJsonNumber("id").longValue();
    }

    private String status(long enrolment) {
        return api.getObject("enrolments/" + enrolment).getString("status");
    }

    private static void assertOverBudget(HttpResponse<String> response) {
        assertEquals(409, response.statusCode(), response.body());
        assertEquals("urn:kompetence:rule:over-budget", Http.<JsonObject>json(response).getString("type"));
        assertTrue(Http.<JsonObject>json(response).getString("detail").contains("budgettet"), response.body());
    }
}
