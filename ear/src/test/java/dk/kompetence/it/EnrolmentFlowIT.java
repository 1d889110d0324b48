package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The enrolment rules end to end over real HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrolmentFlowIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    Api api;
    long institution;

    @BeforeEach
    void setUp() {
        api = new Api(base);
        institution = api.institutionWithoutApproval();
    }

    @Test
    void moduleNeedingApprovalWaitsForTheLeaderWhoseDecisionGivesASeat() {
        long session = api.openSession(api.publishedModule(true), 2, api.dayAhead(3));
        long person = api.employee(institution, "Birthe");

        JsonObject requested = api.enrol(session, person, 201);
        assertEquals("REQUESTED", requested.getString("status"));
        assertEquals(0, api.getObject("sessions/" + session).getInt("seatsTaken"), "a request holds no seat");

        long id = requested.getJsonNumber("id").longValue();
        JsonObject approved = api.postObject("enrolments/" + id + "/approve", "{\"comment\":\"God idé – god fornøjelse\"}", 200);
        assertEquals("CONFIRMED", approved.getString("status"));
        assertEquals("God idé – god fornøjelse", approved.getString("decisionComment"));
        assertEquals(1, api.getObject("sessions/" + session).getInt("seatsTaken"));
    }

    @Test
    void rejectedRequestEndsWithTheLeadersComment() {
        long session = api.openSession(api.publishedModule(true), 2, api.dayAhead(3).plusDays(1));
        long person = api.employee(institution, "Carsten");
        long id = api.enrol(session, person, 201).getJsonNumber("id").longValue();

        JsonObject rejected = api.postObject("enrolments/" + id + "/reject", "{\"comment\":\"Ikke i år\"}", 200);

        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("Ikke i år", rejected.getString("decisionComment"));
    }

    @Test
    void teamAllOrNothingIsRefusedWhenSeatsAreShortAndSplitConfirmsThoseWhoFit() {
        LocalDate day = api.dayAhead(4);
        long session = api.openSession(api.publishedModule(false), 2, day);
        List<Long> team = List.of(api.employee(institution, "Dorte"), api.employee(institution, "Erik"),
                api.employee(institution, "Frida"));
        String body = "{\"sessionId\":%d,\"personIds\":%s,\"mode\":\"%s\"}";

        HttpResponse<String> refused = api.post("enrolments/team", body.formatted(session, team, "ALL_OR_NOTHING"));
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(Http.<JsonObject>json(refused).getString("type").endsWith("not-enough-seats"));
        assertEquals(0, api.total("sessions/" + session + "/enrolments"), "nothing enrolled");

        HttpResponse<String> split = api.post("enrolments/team", body.formatted(session, team, "SPLIT"));
        assertEquals(201, split.statusCode(), split.body());
        JsonArray enrolled = Http.json(split);
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "WAITLISTED"),
                enrolled.stream().map(e -> ((JsonObject) e).getString("status")).toList());
    }

    @Test
    void overlappingMeetingsAreRefusedWithTheRuleNamed() {
        LocalDate day = api.dayAhead(5);
        long first = api.openSession(api.publishedModule(false), 5, day);
        long second = api.openSession(api.publishedModule(false), 5, day);
        long person = api.employee(institution, "Gitte");
        api.enrol(first, person, 201);

        HttpResponse<String> clash = api.post("enrolments", "{\"sessionId\":%d,\"personId\":%d}".formatted(second, person));

        assertEquals(409, clash.statusCode(), clash.body());
        assertTrue(Http.<JsonObject>json(clash).getString("type").endsWith("overlapping-meetings"));
    }

    @Test
    void editorsNeverOverwriteEachOtherSilently() {
        long module = api.publishedModule(false);
        HttpResponse<String> read = api.get("modules/" + module);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        JsonObject view = Http.json(read);
        String edit = """
                {"code":"%s","title":"Marte Meo – revideret","providerId":%d,"format":"ONLINE","hours":8}"""
                .formatted(view.getString("code"), view.getJsonNumber("providerId").longValue());

        HttpResponse<String> first = api.put("modules/" + module, etag, edit);
        HttpResponse<String> second = api.put("modules/" + module, etag, edit.replace("revideret", "anden udgave"));

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(412, second.statusCode(), second.body());
        assertEquals("Marte Meo – revideret", api.getObject("modules/" + module).getString("title"));
    }

    @Test
    void catalogueFiltersByApproachFreeSeatsAndText() {
        long module = api.publishedModule(false);
        api.openSession(module, 1, api.dayAhead(6));
        String code = api.getObject("modules/" + module).getString("code");

        JsonObject byApproach = api.getObject("modules?approach=MARTE_MEO&freeSeats=true&text=" + code + "&size=5");

        assertEquals(1, byApproach.getInt("total"));
        assertEquals("Marte Meo – samspil i hverdagen", byApproach.getJsonArray("items").getJsonObject(0).getString("title"));
        assertEquals(0, api.getObject("modules?approach=NEST&text=" + code).getInt("total"));
    }

    @Test
    void catalogueFiltersByAudienceInstitutionTypeAndSessionDatesSortsDescendingAndPages() {
        String run = api.unique("Filtertest");
        long alfa = catalogueModule(run + " Alfa", 9, "\"TEACHER\"", "\"SCHOOL\"");
        long beta = catalogueModule(run + " Beta", 3, "\"VOLUNTEER\"", "\"ASSOCIATION\"");
        catalogueModule(run + " Delta", 12, "\"PEDAGOGUE\"", "");
        catalogueModule(run + " Gamma", 6, "", "\"DAYCARE\"");
        LocalDate first = api.dayAhead(4);
        LocalDate second = first.plusDays(20);
        api.openSession(alfa, 5, first);
        api.openSession(beta, 5, second);
        String mine = "&text=" + run;

        assertEquals(List.of("Alfa", "Gamma"), titles("role=TEACHER" + mine, run), "a module for everyone counts");
        assertEquals(List.of("Beta", "Delta"), titles("institutionType=ASSOCIATION" + mine, run));
        assertEquals(List.of("Alfa"), titles("from=" + first.minusDays(1) + "&to=" + first.plusDays(1) + mine, run));
        assertEquals(List.of("Beta"), titles("from=" + second + "&to=" + second + mine, run), "both ends included");
        assertEquals(List.of(), titles("from=" + first.plusDays(1) + "&to=" + second.minusDays(1) + mine, run));
        assertEquals(List.of("Delta", "Alfa", "Gamma", "Beta"), titles("sort=hours,desc" + mine, run));

        JsonObject firstPage = api.getObject("modules?sort=title&page=0&size=2" + mine);
        JsonObject secondPage = api.getObject("modules?sort=title&page=1&size=2" + mine);
        assertEquals(List.of("Alfa", "Beta"), titles(firstPage, run));
        assertEquals(List.of("Delta", "Gamma"), titles(secondPage, run), "the next two, none of the first page's");
        assertEquals(4, firstPage.getInt("total"));
        assertEquals(4, secondPage.getInt("total"));
    }

    /** audienceRoles and institutionTypes: the JSON array's contents, empty for everyone. */
    private long catalogueModule(String title, int hours, String audienceRoles, String institutionTypes) {
        return api.published("""
                {"code":"%s","title":"%s","description":"Katalogets filtre","providerId":%d,"format":"IN_PERSON",
                 "hours":%d,"audienceRoles":[%s],"institutionTypes":[%s]}"""
                .formatted(api.unique("F"), title, api.anyProvider(), hours, audienceRoles, institutionTypes));
    }

    /** The titles of the catalogue search's first page, without the run's prefix. */
    private List<String> titles(String query, String run) {
        return titles(api.getObject("modules?size=10&" + query), run);
    }

    private static List<String> titles(JsonObject page, String run) {
        return page.getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("title").substring(run.length() + 1)).toList();
    }

    @Test
    void volunteersEnrolWithMinimalDataAndLearningOutsideCoursesCountsInTheHistory() {
        long association = api.getObject("institutions?type=ASSOCIATION&size=1").getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject volunteer = api.postObject("people", """
                {"kind":"VOLUNTEER","firstName":"Jørgen","lastName":"Æbelø","phone":"+45 12 34 56 78",
                 "consentDate":"%s","institutionId":%d}""".formatted(LocalDate.now(), association), 201);
        long id = volunteer.getJsonNumber("id").longValue();
        assertEquals("VOLUNTEER", volunteer.getString("kind"));
        assertTrue(!volunteer.containsKey("employeeNumber") && !volunteer.containsKey("role"), volunteer.toString());

        api.postObject("people/" + id + "/activities", """
                {"kind":"NETWORK_MEETING","title":"Netværksmøde for trænere i foreningslivet","date":"%s","hours":2.5}"""
                .formatted(LocalDate.now().minusDays(1)), 201);

        JsonArray history = Http.json(api.get("people/" + id + "/completions"));
        assertEquals(1, history.size());
        assertEquals("Netværksmøde for trænere i foreningslivet", history.getJsonObject(0).getString("title"));
        assertEquals(2.5, history.getJsonObject(0).getJsonNumber("hours").doubleValue());
    }
}
