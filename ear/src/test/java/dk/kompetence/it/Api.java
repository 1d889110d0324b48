package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** The REST API as the tests use it: creates the data a test needs through the API itself. */
public final class Api {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final URL base;
    private final String run;

    public Api(URL base) {
        this.base = base;
        // Codes must be unique across runs against the same database.
        this.run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
    }

    public URI uri(String path) {
        return Http.resolve(base, "api/v1/" + path);
    }

    public HttpResponse<String> get(String path) {
        return Http.get(uri(path));
    }

    public HttpResponse<String> post(String path, String json) {
        return Http.postJson(uri(path), json);
    }

    public HttpResponse<String> put(String path, String ifMatch, String json) {
        HttpRequest.Builder request = Http.request(uri(path), Http.DEFAULT_USER)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return Http.send(request.build());
    }

    /** The ETag (version) of what the path names, for the If-Match of a change to it. */
    public String etag(String path) {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.headers().firstValue("ETag").orElseThrow();
    }

    public JsonObject getObject(String path) {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Http.json(response);
    }

    public JsonArray getArray(String path) {
        return Http.json(get(path));
    }

    public JsonObject postObject(String path, String json, int expectedStatus) {
        HttpResponse<String> response = post(path, json);
        assertEquals(expectedStatus, response.statusCode(), path + ": " + response.body());
        return Http.json(response);
    }

    public long total(String path) {
        return getObject(path).getJsonNumber("total").longValue();
    }

    public String unique(String prefix) {
        return prefix + "-" + run + "-" + SEQUENCE.incrementAndGet();
    }

    /**
     * A day some months ahead that differs between runs, so meetings planned by an earlier run on
     * the same database never overlap this run's for the same demo people.
     */
    public LocalDate dayAhead(int months) {
        return LocalDate.now().plusMonths(months).plusDays(System.currentTimeMillis() / 60_000 % 300);
    }

    public long anyProvider() {
        JsonArray providers = Http.json(get("providers"));
        return providers.getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** The provider the demo educator works for: the first university college, as on the sign-in page. */
    public long educatorsProvider() {
        JsonArray providers = Http.json(get("providers"));
        return providers.stream().map(JsonObject.class::cast)
                .filter(p -> "UNIVERSITY_COLLEGE".equals(p.getString("kind")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** An institution whose leader need not approve enrolments. */
    public long institutionWithoutApproval() {
        JsonObject page = getObject("institutions?size=200&type=SCHOOL");
        return page.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(i -> !i.getBoolean("approvalRequired"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    public long publishedModule(boolean approvalRequired) {
        return publishedModule("Marte Meo – samspil i hverdagen", "MARTE_MEO", approvalRequired);
    }

    public long publishedModule(String title, String approach, boolean approvalRequired) {
        return publishedModule(title, approach, approvalRequired, anyProvider());
    }

    public long publishedModule(String title, String approach, boolean approvalRequired, long provider) {
        return published("""
                {"code":"%s","title":"%s","description":"Videobaseret vejledning",
                 "providerId":%d,"format":"IN_PERSON","hours":6,"approvalRequired":%s,
                 "approaches":["%s"],"audienceRoles":["PEDAGOGUE","TEACHER"]}"""
                .formatted(unique("M"), title, provider, approvalRequired, approach));
    }

    /** Creates the module the JSON describes (a ModuleForm) and publishes it. */
    public long published(String moduleJson) {
        long id = postObject("modules", moduleJson, 201).getJsonNumber("id").longValue();
        postObject("modules/" + id + "/publish", "", 200);
        return id;
    }

    /** An open session with one evening meeting on the given date. */
    public long openSession(long module, int capacity, LocalDate meetingDay) {
        return openSession(module, unique("H"), capacity, meetingDay);
    }

    public long openSession(long module, String code, int capacity, LocalDate meetingDay) {
        JsonObject session = postObject("sessions", """
                {"moduleId":%d,"code":"%s","capacity":%d,"enrolmentDeadline":"%s","cancellationDeadline":"%s",
                 "meetings":[{"date":"%s","start":"19:00","end":"21:00","venue":"Rådhuset, mødelokale 2"}],
                 "educators":"Søren Ærø, PPR","openForEnrolment":true}"""
                .formatted(module, code, capacity, meetingDay.minusDays(7), meetingDay.minusDays(3), meetingDay),
                201);
        return session.getJsonNumber("id").longValue();
    }

    /** A new daycare without leader approval in the first area. */
    public long daycare(String name) {
        long area = getArray("areas").getJsonObject(0).getJsonNumber("id").longValue();
        return postObject("institutions", """
                {"areaId":%d,"name":"%s","type":"DAYCARE","approvalRequired":false}""".formatted(area, name), 201)
                .getJsonNumber("id").longValue();
    }

    public long employee(long institution, String firstName) {
        return employee(institution, firstName, "test@kommune.dk");
    }

    public long employee(long institution, String firstName, String email) {
        JsonObject person = postObject("people", """
                {"kind":"EMPLOYEE","firstName":"%s","lastName":"Østergård","email":%s,
                 "role":"PEDAGOGUE","hireDate":"2020-08-01","institutionId":%d,"fte":0.8}"""
                .formatted(firstName, email == null ? "null" : "\"" + email + "\"", institution), 201);
        return person.getJsonNumber("id").longValue();
    }

    /** The person a demo user acts for, as their own /me tells. */
    public long personOf(String username) {
        HttpResponse<String> response = Http.send(Http.request(uri("me"), username).GET().build());
        return Http.<JsonObject>json(response).getJsonNumber("personId").longValue();
    }

    /** The institution the demo leader ("leder") leads. */
    public long ledInstitution() {
        long leader = personOf("leder");
        return getObject("people/" + leader).getJsonArray("memberships").getJsonObject(0)
                .getJsonNumber("institutionId").longValue();
    }

    /** Gives the institution a generous lenient budget for the year unless it has one (databases from before budgets). */
    public void ensureBudget(long institution, int year) {
        String path = "budgets/" + institution + "/" + year;
        if (get(path).statusCode() == 404) {
            HttpResponse<String> created = put(path, null, "{\"amount\":1000000,\"policy\":\"WARN\"}");
            assertEquals(200, created.statusCode(), created.body());
        }
    }

    public JsonObject enrol(long session, long person, int expectedStatus) {
        return postObject("enrolments", "{\"sessionId\":%d,\"personId\":%d}".formatted(session, person),
                expectedStatus);
    }
}
