package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Every REST endpoint and every page × every role and anonymous, against the table below. The
 * rows name data of another institution and another provider than the leader's and the
 * educator's, so a row-level leak (IDOR) shows up as "allowed" where the table says refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> USERS = List.of(ANONYMOUS, "medarbejder", "frivillig", "leder", "hr", "underviser");
    private static final Set<String> ALL = Set.of("medarbejder", "frivillig", "leder", "hr", "underviser");
    private static final Set<String> PUBLIC = Set.of(ANONYMOUS, "medarbejder", "frivillig", "leder", "hr", "underviser");
    private static final HttpClient NO_REDIRECTS = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    private record Rule(String method, String path, String body, Set<String> allowed) {
    }

    @Test
    void everyEndpointAndPageRefusesEveryoneTheTableDoesNotAllow() {
        Api api = new Api(base);
        long ledInstitution = api.getObject("people/" + api.personOf("leder")).getJsonArray("memberships")
                .getJsonObject(0).getJsonNumber("institutionId").longValue();
        long college = Http.<jakarta.json.JsonArray>json(api.get("providers")).stream().map(JsonObject.class::cast)
                .filter(p -> p.getString("kind").equals("UNIVERSITY_COLLEGE")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        // An enrolment of someone outside the leader's institution, on a session of another provider
        // than the educator's: every row-level rule must refuse it.
        JsonObject enrolmentRow = api.getObject("modules?size=100").getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(m -> m.getJsonNumber("providerId").longValue() != college)
                .flatMap(m -> api.getObject("sessions?size=20&module=" + m.getJsonNumber("id")).getJsonArray("items")
                        .stream().map(JsonObject.class::cast))
                .flatMap(s -> api.getObject("sessions/" + s.getJsonNumber("id") + "/enrolments?size=50")
                        .getJsonArray("items").stream().map(JsonObject.class::cast))
                .filter(e -> !e.isNull("institutionId") && e.getJsonNumber("institutionId").longValue() != ledInstitution)
                .findFirst().orElseThrow();
        long enrolment = enrolmentRow.getJsonNumber("id").longValue();
        long session = enrolmentRow.getJsonNumber("sessionId").longValue();
        long person = enrolmentRow.getJsonNumber("personId").longValue();
        long otherInstitution = enrolmentRow.getJsonNumber("institutionId").longValue();
        long module = api.getObject("sessions/" + session).getJsonNumber("moduleId").longValue();
        String moduleBody = api.get("modules/" + module).body();
        String sessionBody = """
                {"capacity":30,"enrolmentDeadline":"2030-01-01","cancellationDeadline":"2030-01-01"}""";
        String activity = """
                {"kind":"SUPERVISION","title":"Supervision","date":"2025-01-01","hours":1}""";

        long area = api.getArray("areas").getJsonObject(0).getJsonNumber("id").longValue();
        String hrOnly = "hr";
        int year = LocalDate.now().getYear();
        List<Rule> table = List.of(
                new Rule("GET", "api/v1/areas", null, ALL),
                new Rule("GET", "api/v1/institutions", null, ALL),
                new Rule("GET", "api/v1/institutions/" + otherInstitution, null, ALL),
                new Rule("POST", "api/v1/institutions", "{}", Set.of(hrOnly)),
                new Rule("PUT", "api/v1/institutions/" + otherInstitution, "{}", Set.of(hrOnly)),
                new Rule("GET", "api/v1/people", null, Set.of("leder", hrOnly)),
                new Rule("GET", "api/v1/people?institution=" + otherInstitution, null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/people/" + person, null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/people/" + person + "/completions", null, Set.of(hrOnly)),
                new Rule("POST", "api/v1/people", "{}", Set.of(hrOnly)),
                new Rule("PUT", "api/v1/people/" + person, "{}", Set.of(hrOnly)),
                new Rule("POST", "api/v1/people/" + person + "/activities", activity, Set.of(hrOnly)),
                new Rule("GET", "api/v1/modules", null, ALL),
                new Rule("GET", "api/v1/modules/" + module, null, ALL),
                new Rule("POST", "api/v1/modules", "{}", Set.of("underviser", hrOnly)),
                new Rule("PUT", "api/v1/modules/" + module, moduleBody, Set.of(hrOnly)),
                new Rule("POST", "api/v1/modules/" + module + "/submit", "", Set.of(hrOnly)),
                new Rule("POST", "api/v1/modules/" + module + "/publish", "", Set.of(hrOnly)),
                new Rule("POST", "api/v1/modules/" + module + "/retire", "", Set.of(hrOnly)),
                new Rule("GET", "api/v1/programmes", null, ALL),
                new Rule("POST", "api/v1/programmes", "{}", Set.of(hrOnly)),
                new Rule("GET", "api/v1/providers", null, ALL),
                new Rule("GET", "api/v1/tracks", null, ALL),
                new Rule("GET", "api/v1/sessions", null, ALL),
                new Rule("GET", "api/v1/sessions/" + session, null, ALL),
                new Rule("POST", "api/v1/sessions", "{}", Set.of("underviser", hrOnly)),
                new Rule("PUT", "api/v1/sessions/" + session, sessionBody, Set.of(hrOnly)),
                new Rule("POST", "api/v1/sessions/" + session + "/open", "", Set.of(hrOnly)),
                new Rule("GET", "api/v1/sessions/" + session + "/enrolments", null,
                        Set.of("medarbejder", "frivillig", "leder", hrOnly)),
                new Rule("GET", "api/v1/enrolments", null, Set.of("medarbejder", "frivillig", "leder", hrOnly)),
                new Rule("GET", "api/v1/enrolments?institution=" + otherInstitution, null,
                        Set.of("medarbejder", "frivillig", hrOnly)),
                new Rule("GET", "api/v1/enrolments/" + enrolment, null, Set.of(hrOnly)),
                new Rule("POST", "api/v1/enrolments", "{\"sessionId\":%d,\"personId\":%d}".formatted(session, person),
                        Set.of(hrOnly)),
                new Rule("POST", "api/v1/enrolments/team",
                        "{\"sessionId\":%d,\"personIds\":[%d],\"mode\":\"SPLIT\"}".formatted(session, person),
                        Set.of(hrOnly)),
                new Rule("POST", "api/v1/enrolments/" + enrolment + "/approve", "{}", Set.of(hrOnly)),
                new Rule("POST", "api/v1/enrolments/" + enrolment + "/reject", "{\"comment\":\"Nej\"}", Set.of(hrOnly)),
                new Rule("POST", "api/v1/enrolments/" + enrolment + "/complete", "{\"completedOn\":\"2025-01-01\"}",
                        Set.of(hrOnly)),
                new Rule("POST", "api/v1/enrolments/" + enrolment + "/no-show", "", Set.of(hrOnly)),
                new Rule("GET", "api/v1/me", null, ALL),
                new Rule("GET", "api/v1/audit", null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/audit/export.csv", null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/people/" + person + "/personal-data", null, Set.of(hrOnly)),
                new Rule("POST", "api/v1/people/" + person + "/pseudonymise", "", Set.of(hrOnly)),
                new Rule("GET", "api/v1/targets", null, Set.of("leder", hrOnly)),
                new Rule("POST", "api/v1/targets", "{}", Set.of(hrOnly)),
                new Rule("GET", "api/v1/coverage", null, Set.of("leder", hrOnly)),
                new Rule("GET", "api/v1/coverage?institution=" + otherInstitution, null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/coverage/areas", null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/coverage/municipality", null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/coverage/export.csv", null, Set.of("leder", hrOnly)),
                new Rule("GET", "api/v1/coverage/forecast", null, Set.of("leder", hrOnly)),
                new Rule("GET", "api/v1/coverage/forecast?institution=" + otherInstitution, null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/coverage/export.xlsx", null, Set.of("leder", hrOnly)),
                new Rule("GET", "api/v1/coverage/export.xlsx?institution=" + otherInstitution, null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/coverage/institutions/" + ledInstitution + "/report.pdf", null,
                        Set.of("leder", hrOnly)),
                new Rule("GET", "api/v1/coverage/institutions/" + otherInstitution + "/report.pdf", null,
                        Set.of(hrOnly)),
                new Rule("POST", "api/v1/coverage/exports?format=xlsx", "", Set.of(hrOnly)),
                new Rule("GET", "api/v1/coverage/exports/00000000-0000-0000-0000-000000000000", null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/coverage/exports/00000000-0000-0000-0000-000000000000/file", null,
                        Set.of(hrOnly)),
                new Rule("GET", "api/v1/budgets/" + ledInstitution + "/" + year, null, Set.of("leder", hrOnly)),
                new Rule("GET", "api/v1/budgets/" + otherInstitution + "/" + year, null, Set.of(hrOnly)),
                new Rule("PUT", "api/v1/budgets/" + otherInstitution + "/" + year, "{}", Set.of(hrOnly)),
                new Rule("PUT", "api/v1/budgets/" + ledInstitution + "/" + year, "{}", Set.of(hrOnly)),
                new Rule("GET", "api/v1/budgets/spend?year=" + year, null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/substitute-rates?year=" + year, null, Set.of(hrOnly)),
                new Rule("PUT", "api/v1/substitute-rates/" + year + "/PEDAGOGUE", "{}", Set.of(hrOnly)),
                new Rule("GET", "api/v1/payroll-imports", null, Set.of(hrOnly)),
                new Rule("POST", "api/v1/payroll-imports?fileName=matrix.pdf", null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/payroll-imports/0", null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/payroll-imports/0/rejections", null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/payroll-imports/drop-folder", null, Set.of(hrOnly)),
                new Rule("POST", "api/v1/payroll-imports/drop-folder/missing.xml", null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/me/calendar-feed", null, Set.of("medarbejder", "frivillig")),
                new Rule("POST", "api/v1/me/calendar-feed/renew", "", Set.of("medarbejder", "frivillig")),
                new Rule("PUT", "api/v1/sessions/" + session + "/meetings/0", """
                        {"date":"2030-01-02","start":"09:00","end":"10:00","venue":"Rådhuset"}""", Set.of(hrOnly)),
                new Rule("GET", "mine/calendar/" + enrolment + ".ics", null, Set.of("medarbejder", "frivillig")),
                // The feed needs no sign-in: its secret token is the key (an unknown one is 404 for all).
                new Rule("GET", "calendar/" + "x".repeat(43) + ".ics", null, PUBLIC),
                new Rule("PUT", "api/v1/sessions/" + session + "/funding", "{}", Set.of(hrOnly)),
                new Rule("PUT", "api/v1/modules/" + module + "/fee", "{}", Set.of(hrOnly)),
                new Rule("GET", "api/v1/spend?year=" + year, null, Set.of("leder", hrOnly)),
                new Rule("GET", "api/v1/spend?by=PAYER&institution=" + ledInstitution, null, Set.of("leder", hrOnly)),
                new Rule("GET", "api/v1/spend?institution=" + otherInstitution, null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/spend?by=TRACK&area=" + area, null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/spend/export.csv", null, Set.of("leder", hrOnly)),
                new Rule("GET", "api/v1/spend/export.csv?institution=" + otherInstitution, null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/spend/export.xlsx?by=APPROACH", null, Set.of("leder", hrOnly)),
                new Rule("GET", "api/v1/spend/export.xlsx?area=" + area, null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/spend/report.pdf?by=PROVIDER", null, Set.of("leder", hrOnly)),
                new Rule("GET", "api/v1/spend/report.pdf?institution=" + otherInstitution, null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/management-information", null, Set.of("leder", hrOnly)),
                new Rule("GET", "api/v1/management-information?level=MUNICIPALITY", null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/management-information?level=AREA&area=" + area, null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/management-information?institution=" + otherInstitution, null, Set.of(hrOnly)),
                new Rule("GET", "api/v1/management-information/report.pdf?institution=" + ledInstitution, null,
                        Set.of("leder", hrOnly)),
                new Rule("GET", "api/v1/management-information/report.pdf?institution=" + otherInstitution, null,
                        Set.of(hrOnly)),
                new Rule("GET", "", null, PUBLIC),
                new Rule("GET", "module.xhtml?id=" + module, null, PUBLIC),
                new Rule("GET", "login.xhtml", null, PUBLIC),
                new Rule("GET", "start.xhtml", null, ALL),
                new Rule("GET", "mine.xhtml", null, Set.of("medarbejder", "frivillig")),
                new Rule("GET", "team.xhtml", null, Set.of("leder")),
                new Rule("GET", "admin.xhtml", null, Set.of(hrOnly)),
                new Rule("GET", "provider.xhtml", null, Set.of("underviser")),
                new Rule("GET", "coverage.xhtml", null, Set.of("leder", hrOnly)),
                new Rule("GET", "ledelsesinformation.xhtml", null, Set.of("leder", hrOnly)),
                new Rule("GET", "admin-audit.xhtml", null, Set.of(hrOnly)),
                new Rule("GET", "admin-targets.xhtml", null, Set.of(hrOnly)),
                new Rule("GET", "admin-modules.xhtml", null, Set.of(hrOnly)),
                new Rule("GET", "admin-budgets.xhtml", null, Set.of(hrOnly)),
                new Rule("GET", "admin-import.xhtml", null, Set.of(hrOnly)));

        List<Executable> checks = new ArrayList<>();
        for (Rule rule : table) {
            for (String user : USERS) {
                HttpResponse<String> response = send(rule, user);
                int status = response.statusCode();
                boolean refused = status == 401 || status == 403
                        || (status == 302 && response.headers().firstValue("Location").orElse("").contains("login"))
                        || (status == 200 && response.body().contains("j_security_check") && !rule.path().equals("login.xhtml"));
                boolean allowed = rule.allowed().contains(user);
                checks.add(() -> assertTrue(allowed != refused, "%s %s as %s: expected %s, got %d %s".formatted(
                        rule.method(), rule.path(), user, allowed ? "allowed" : "refused", status,
                        response.body().length() > 200 ? response.body().substring(0, 200) : response.body())));
                checks.add(() -> assertTrue(status < 500, rule.method() + " " + rule.path() + " as " + user + ": " + status));
            }
        }
        assertAll(checks);
    }

    private HttpResponse<String> send(Rule rule, String user) {
        URI uri = Http.resolve(base, rule.path());
        HttpRequest.Builder request = Http.request(uri, ANONYMOUS.equals(user) ? null : user)
                .header("If-Match", "\"999\"").setHeader("Accept", "*/*");
        if (rule.body() == null) {
            request.method(rule.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(rule.method(), HttpRequest.BodyPublishers.ofString(rule.body()));
        }
        try {
            return NO_REDIRECTS.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
