package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/** Every kind of bad input gets a clear problem+json answer, never a 500, and changes nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    private static final String FEE = "{\"feePerParticipant\":1000}";
    private static final String FUNDING = "{\"payer\":\"INSTITUTION\"}";

    private static final List<String> COUNTED = List.of("modules?status=DRAFT", "modules?status=PUBLISHED",
            "people", "institutions", "sessions", "enrolments");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    /**
     * header: the Content-Type of a POST, or the If-Match of a PUT. type: the problem type the answer
     * must have, for broken rules the rule's name.
     */
    private record Case(String name, String method, String path, String header, String body, int status,
                        String field, String type) {

        Case(String name, String method, String path, String header, String body, int status, String field) {
            this(name, method, path, header, body, status, field, null);
        }

        Case breaking(String rule) {
            return new Case(name, method, path, header, body, status, field, "urn:kompetence:rule:" + rule);
        }

        Case ofType(String problemType) {
            return new Case(name, method, path, header, body, status, field, problemType);
        }
    }

    @Test
    void badInputIsRefusedWithProblemJsonAndChangesNothing() {
        Api api = new Api(base);
        long provider = api.anyProvider();
        long institution = api.institutionWithoutApproval();
        long module = api.publishedModule(false);
        String moduleCode = api.getObject("modules/" + module).getString("code");
        LocalDate inTwoMonths = api.dayAhead(2);
        long session = api.openSession(module, 5, inTwoMonths);
        long lateSession = lateSession(api, api.publishedModule(false));
        long person = api.employee(institution, "Åge");
        long enrolment = api.enrol(session, person, 201).getJsonNumber("id").longValue();
        String validModule = """
                {"code":"%s","title":"Neuroaffektiv tilgang","providerId":%d,"format":"IN_PERSON","hours":7}""";
        String validPerson = """
                {"kind":"EMPLOYEE","firstName":"Åse","lastName":"Ærø","role":"TEACHER","hireDate":"2021-08-01",
                 "institutionId":%d}""".formatted(institution);
        String validSession = """
                {"moduleId":%d,"code":"%s","capacity":10,"enrolmentDeadline":"%s","cancellationDeadline":"%s",
                 "meetings":[{"date":"%s","start":"09:00","end":"15:00","venue":"Rådhuset"}]}""";

        Map<String, Long> before = counts(api);
        List<String> targets = List.of("modules/" + module, "sessions/" + session, "sessions/" + lateSession,
                "enrolments/" + enrolment);
        Map<String, String> targetsBefore = versionsAndContents(api, targets);
        List<Case> cases = List.of(
                new Case("malformed JSON", "POST", "modules", null, "{\"code\": ", 400, null),
                new Case("empty body", "POST", "modules", null, "", 400, null),
                new Case("array instead of object", "POST", "modules", null, "[]", 400, null),
                new Case("text where a number belongs", "POST", "modules", null,
                        validModule.formatted("X1", provider).replace("\"hours\":7", "\"hours\":\"syv\""), 400, null),
                new Case("unknown enum value", "POST", "modules", null,
                        validModule.formatted("X2", provider).replace("IN_PERSON", "CIRKUS"), 400, null),
                new Case("unknown enum in a list", "POST", "modules", null,
                        validModule.formatted("X3", provider).replace("}", ",\"approaches\":[\"VOODOO\"]}"), 400, null),
                new Case("blank code", "POST", "modules", null, validModule.formatted(" ", provider), 400, "code"),
                new Case("code with forbidden characters", "POST", "modules", null,
                        validModule.formatted("A B;DROP TABLE", provider), 400, "code"),
                new Case("title too long", "POST", "modules", null, validModule.formatted("X4", provider)
                        .replace("Neuroaffektiv tilgang", "æ".repeat(201)), 400, "title"),
                new Case("huge string", "POST", "modules", null, validModule.formatted("X5", provider)
                        .replace("Neuroaffektiv tilgang", "ø".repeat(100_000)), 400, "title"),
                new Case("hours zero", "POST", "modules", null,
                        validModule.formatted("X6", provider).replace("\"hours\":7", "\"hours\":0"), 400, "hours"),
                new Case("hours too many", "POST", "modules", null,
                        validModule.formatted("X7", provider).replace("\"hours\":7", "\"hours\":2001"), 400, "hours"),
                new Case("hours with two decimals", "POST", "modules", null,
                        validModule.formatted("X8", provider).replace("\"hours\":7", "\"hours\":1.25"), 400, "hours"),
                new Case("renewal period zero", "POST", "modules", null,
                        validModule.formatted("X9", provider).replace("}", ",\"renewalMonths\":0}"), 400, "renewalMonths"),
                new Case("unknown provider", "POST", "modules", null, validModule.formatted("X10", 987654321), 404, null),
                new Case("duplicate module code", "POST", "modules", null, validModule.formatted(moduleCode, provider),
                        409, null).ofType("urn:kompetence:problem:constraint"),
                new Case("wrong content type", "POST", "modules", "text/plain", "code=X11", 415, null),
                new Case("unknown approach filter", "GET", "modules?approach=VOODOO", null, null, 400, "approach"),
                new Case("impossible date filter", "GET", "modules?from=2026-13-45", null, null, 400, "from"),
                new Case("page too large", "GET", "modules?size=10000", null, null, 400, "size"),
                new Case("negative page", "GET", "modules?page=-1", null, null, 400, "page"),
                new Case("sort injection", "GET", "modules?sort=title;DROP", null, null, 400, "sort"),
                new Case("non-numeric id", "GET", "modules/abc", null, null, 404, null),
                new Case("unknown module", "GET", "modules/987654321", null, null, 404, null),
                new Case("employee without role", "POST", "people", null, validPerson.replace("\"role\":\"TEACHER\",", ""),
                        400, "employeeComplete"),
                new Case("volunteer with employee data", "POST", "people", null, validPerson
                        .replace("EMPLOYEE", "VOLUNTEER").replace("}", ",\"consentDate\":\"2025-01-01\"}"), 400,
                        "volunteerMinimal"),
                new Case("invalid email", "POST", "people", null,
                        validPerson.replace("}", ",\"email\":\"ikke-en-mail\"}"), 400, "email"),
                new Case("unknown institution", "POST", "people", null,
                        validPerson.replace("\"institutionId\":" + institution, "\"institutionId\":987654321"), 404, null),
                new Case("date in the wrong format", "POST", "people", null,
                        validPerson.replace("2021-08-01", "01-08-2021"), 400, null),
                new Case("unknown role", "GET", "people?role=ASTRONAUT", null, null, 400, "role"),
                new Case("meeting ends before it starts", "POST", "sessions", null, validSession.formatted(module, "S1",
                        inTwoMonths.minusDays(7), inTwoMonths.minusDays(3), inTwoMonths).replace("15:00", "08:00"),
                        400, "meetings[0].endAfterStart"),
                new Case("session without meetings", "POST", "sessions", null, validSession.formatted(module, "S2",
                        inTwoMonths.minusDays(7), inTwoMonths.minusDays(3), inTwoMonths)
                        .replaceAll("\"meetings\":\\[.*]", "\"meetings\":[]"), 400, "meetings"),
                new Case("deadline after the session starts", "POST", "sessions", null, validSession.formatted(module,
                        "S3", inTwoMonths.plusDays(1), inTwoMonths.minusDays(3), inTwoMonths), 422, null)
                        .breaking("invalid-dates"),
                new Case("capacity zero", "POST", "sessions", null, validSession.formatted(module, "S4",
                        inTwoMonths.minusDays(7), inTwoMonths.minusDays(3), inTwoMonths)
                        .replace("\"capacity\":10", "\"capacity\":0"), 400, "capacity"),
                new Case("capacity overflows an int", "POST", "sessions", null, validSession.formatted(module, "S5",
                        inTwoMonths.minusDays(7), inTwoMonths.minusDays(3), inTwoMonths)
                        .replace("\"capacity\":10", "\"capacity\":99999999999"), 400, null),
                new Case("session for unknown module", "POST", "sessions", null, validSession.formatted(987654321, "S6",
                        inTwoMonths.minusDays(7), inTwoMonths.minusDays(3), inTwoMonths), 404, null),
                new Case("enrol in unknown session", "POST", "enrolments", null,
                        "{\"sessionId\":987654321,\"personId\":%d}".formatted(person), 404, null),
                new Case("enrol without person", "POST", "enrolments", null,
                        "{\"sessionId\":%d}".formatted(session), 400, "personId"),
                new Case("duplicate enrolment", "POST", "enrolments", null,
                        "{\"sessionId\":%d,\"personId\":%d}".formatted(session, person), 409, null)
                        .breaking("already-enrolled"),
                new Case("enrolment deadline passed", "POST", "enrolments", null,
                        "{\"sessionId\":%d,\"personId\":%d}".formatted(lateSession, person), 422, null)
                        .breaking("enrolment-deadline-passed"),
                new Case("reject without comment", "POST", "enrolments/" + enrolment + "/reject", null, "{}", 400,
                        "comment"),
                new Case("complete before the session started", "POST", "enrolments/" + enrolment + "/complete", null,
                        "{\"completedOn\":\"%s\"}".formatted(LocalDate.now()), 409, null)
                        .breaking("session-not-started"),
                new Case("team without members", "POST", "enrolments/team", null,
                        "{\"sessionId\":%d,\"personIds\":[],\"mode\":\"SPLIT\"}".formatted(session), 400, "personIds"),
                new Case("team without mode", "POST", "enrolments/team", null,
                        "{\"sessionId\":%d,\"personIds\":[%d]}".formatted(session, person), 400, "mode"),
                new Case("update without If-Match", "PUT", "modules/" + module, null,
                        validModule.formatted(moduleCode, provider), 428, null),
                new Case("update with a stale version", "PUT", "modules/" + module, "\"999\"",
                        validModule.formatted(moduleCode, provider), 412, null).breaking("stale-version"),
                new Case("fee without If-Match", "PUT", "modules/" + module + "/fee", null, FEE, 428, null),
                new Case("fee on a stale version", "PUT", "modules/" + module + "/fee", "\"999\"", FEE, 412, null)
                        .breaking("stale-version"),
                new Case("funding without If-Match", "PUT", "sessions/" + session + "/funding", null, FUNDING, 428,
                        null),
                new Case("funding on a stale version", "PUT", "sessions/" + session + "/funding", "\"999\"", FUNDING,
                        412, null).breaking("stale-version"),
                new Case("update with a garbled ETag", "PUT", "modules/" + module, "abc",
                        validModule.formatted(moduleCode, provider), 400, "If-Match"),
                new Case("method not allowed", "DELETE", "modules/" + module, null, null, 405, null));

        List<Executable> checks = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> response = send(api, c);
            checks.add(() -> {
                assertEquals(c.status(), response.statusCode(), c.name() + ": " + response.body());
                assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""),
                        c.name());
                JsonObject problem = Http.json(response);
                assertEquals(c.status(), problem.getInt("status"), c.name());
                assertTrue(!problem.getString("title").isBlank(), c.name());
                assertTrue(!response.body().contains("Exception") && !response.body().contains("\tat "),
                        c.name() + " leaks internals: " + response.body());
                if (c.type() != null) {
                    assertEquals(c.type(), problem.getString("type"), c.name());
                }
                if (c.field() != null) {
                    assertTrue(problem.getJsonArray("errors").stream().map(JsonObject.class::cast)
                            .anyMatch(e -> e.getString("field").equals(c.field())), c.name() + ": " + response.body());
                }
            });
        }
        assertAll(checks);
        assertTrue(cases.size() >= 30, "at least 30 kinds of bad input");
        assertEquals(before, counts(api), "the bad requests changed nothing");
        assertEquals(targetsBefore, versionsAndContents(api, targets), "what the bad requests aimed at is unchanged");
    }

    private HttpResponse<String> send(Api api, Case c) {
        HttpRequest.Builder request = Http.request(api.uri(c.path()), Http.DEFAULT_USER);
        if (c.method().equals("PUT")) {
            request.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(c.body()));
            if (c.header() != null) {
                request.header("If-Match", c.header());
            }
        } else if (c.body() != null) {
            request.header("Content-Type", c.header() == null ? "application/json" : c.header())
                    .method(c.method(), HttpRequest.BodyPublishers.ofString(c.body()));
        } else {
            request.method(c.method(), HttpRequest.BodyPublishers.noBody());
        }
        return Http.send(request.build());
    }

    private static long lateSession(Api api, long module) {
        LocalDate start = LocalDate.now().plusDays(10);
        return api.postObject("sessions", """
                {"moduleId":%d,"code":"%s","capacity":5,"enrolmentDeadline":"%s","cancellationDeadline":"%s",
                 "meetings":[{"date":"%s","start":"09:00","end":"10:00","onlineLink":"https://moede.kommune.dk/1"}],
                 "openForEnrolment":true}""".formatted(module, api.unique("L"), LocalDate.now().minusDays(1),
                LocalDate.now().minusDays(1), start), 201).getJsonNumber("id").longValue();
    }

    /** Each path's ETag (none for enrolments) and JSON, by path. */
    private static Map<String, String> versionsAndContents(Api api, List<String> paths) {
        return paths.stream().collect(Collectors.toMap(Function.identity(), path -> {
            HttpResponse<String> response = api.get(path);
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            return response.headers().firstValue("ETag").orElse("-") + " " + response.body();
        }));
    }

    private static Map<String, Long> counts(Api api) {
        return COUNTED.stream().collect(Collectors.toMap(Function.identity(), api::total));
    }
}
