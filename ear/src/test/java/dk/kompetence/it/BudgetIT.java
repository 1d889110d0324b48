package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Budgets over real HTTP: the budget endpoint, a BLOCK budget refusing an approval, a WARN budget warning. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BudgetIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    @Test
    void aBlockBudgetRefusesAnApprovalBeyondItAndAWarnBudgetLetsItThroughWithAWarning() {
        Api api = new Api(base);
        long institution = api.institutionWithoutApproval();
        LocalDate day = api.dayAhead(3);
        long session = api.openSession(api.publishedModule(true), 5, day);
        int year = day.getYear();
        String path = "budgets/" + institution + "/" + year;
        // Two hours of cover for a pedagogue at 300 kr./t: the enrolment costs 600 kr.
        HttpResponse<String> rate = api.put("substitute-rates/" + year + "/PEDAGOGUE", null, "{\"hourlyRate\":300}");
        assertEquals(200, rate.statusCode(), rate.body());

        api.ensureBudget(institution, year);
        HttpResponse<String> before = api.get(path);
        assertEquals(200, before.statusCode(), before.body());
        JsonObject original = Http.json(before);
        BigDecimal committed = original.getJsonNumber("committed").bigDecimalValue();
        BigDecimal spent = original.getJsonNumber("spent").bigDecimalValue();
        assertEquals(0, original.getJsonNumber("amount").bigDecimalValue().subtract(committed).subtract(spent)
                .compareTo(original.getJsonNumber("remaining").bigDecimalValue()), "remaining = amount − committed − spent");
        String tag = before.headers().firstValue("ETag").orElseThrow();
        try {
            // Exactly what is used today, strictly: the new request (600 kr.) does not fit.
            HttpResponse<String> strict = api.put(path, tag, "{\"amount\":%s,\"policy\":\"BLOCK\"}"
                    .formatted(committed.add(spent)));
            assertEquals(200, strict.statusCode(), strict.body());
            tag = strict.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> stale = api.put(path, "\"987654\"", "{\"amount\":1,\"policy\":\"WARN\"}");
            assertEquals(412, stale.statusCode(), stale.body());

            long person = api.employee(institution, "Budget");
            long enrolment = api.enrol(session, person, 201).getJsonNumber("id").longValue();
            JsonObject requested = api.getObject(path);
            assertEquals(0, committed.add(new BigDecimal("600")).compareTo(
                    requested.getJsonNumber("committed").bigDecimalValue()), "a request awaiting approval is committed");

            HttpResponse<String> refused = api.post("enrolments/" + enrolment + "/approve", "{}");
            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            JsonObject problem = Http.json(refused);
            assertEquals("urn:kompetence:rule:over-budget", problem.getString("type"));
            assertTrue(problem.getString("detail").contains("budgettet"), problem.getString("detail"));
            assertEquals("REQUESTED", api.getObject("enrolments/" + enrolment).getString("status"),
                    "the refused approval changed nothing");

            HttpResponse<String> lenient = api.put(path, tag, "{\"amount\":%s,\"policy\":\"WARN\"}"
                    .formatted(committed.add(spent)));
            assertEquals(200, lenient.statusCode(), lenient.body());
            tag = lenient.headers().firstValue("ETag").orElseThrow();
            JsonObject approved = api.postObject("enrolments/" + enrolment + "/approve", "{}", 200);
            assertEquals("CONFIRMED", approved.getString("status"));
            assertTrue(approved.getBoolean("overBudget"));
            assertEquals(0, new BigDecimal("-600").compareTo(approved.getJsonNumber("budgetRemaining").bigDecimalValue()));

            JsonObject line = api.getArray("budgets/spend?year=" + year).stream().map(JsonObject.class::cast)
                    .filter(l -> l.getJsonNumber("institutionId").longValue() == institution).findFirst().orElseThrow();
            assertEquals(0, committed.add(new BigDecimal("600"))
                    .compareTo(line.getJsonNumber("committed").bigDecimalValue()), "the spend report counts the approved enrolment as committed: " + line);
            assertEquals(0, spent.compareTo(line.getJsonNumber("spent").bigDecimalValue()), line.toString());
        } finally {
            HttpResponse<String> restored = api.put(path, tag, "{\"amount\":%s,\"policy\":\"%s\"}".formatted(
                    original.getJsonNumber("amount").bigDecimalValue(), original.getString("policy")));
            assertEquals(200, restored.statusCode(), restored.body());
        }
    }
}
