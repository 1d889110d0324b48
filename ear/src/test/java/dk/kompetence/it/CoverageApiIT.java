package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Targets and coverage over REST: HR sees the municipality, a leader only their own institution. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoverageApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    @Test
    void hrSeesCoverageOfEveryInstitutionAndALeaderOnlyTheirOwn() {
        Api api = new Api(base);
        JsonArray all = Http.json(api.get("coverage"));
        Set<Long> institutions = all.stream().map(r -> ((JsonObject) r).getJsonNumber("institutionId").longValue())
                .collect(Collectors.toSet());
        assertTrue(institutions.size() > 5, "HR sees many institutions: " + institutions.size());
        assertTrue(all.stream().map(JsonObject.class::cast)
                .allMatch(r -> r.getInt("covered") <= r.getInt("inScope") && r.getInt("booked") + r.getInt("covered")
                        <= r.getInt("inScope")), "covered and booked never exceed the people in scope");

        JsonArray mine = Http.json(Http.send(Http.request(api.uri("coverage"), "leder").GET().build()));
        Set<Long> led = mine.stream().map(r -> ((JsonObject) r).getJsonNumber("institutionId").longValue())
                .collect(Collectors.toSet());
        assertEquals(1, led.size(), "the leader's own institution only: " + led);

        long other = institutions.stream().filter(id -> !led.contains(id)).findFirst().orElseThrow();
        long target = all.getJsonObject(0).getJsonNumber("targetId").longValue();
        HttpResponse<String> leak = Http.send(Http.request(api.uri("coverage/missing?institution=" + other
                + "&target=" + target), "leder").GET().build());
        assertEquals(403, leak.statusCode(), "no drill-down into another institution");
        HttpResponse<String> municipality = Http.send(Http.request(api.uri("coverage/municipality"), "leder").GET().build());
        assertEquals(403, municipality.statusCode());
    }

    @Test
    void theMunicipalityTotalCountsEachPersonOnceAndTheCsvOpensInDanishExcel() {
        Api api = new Api(base);
        JsonArray municipality = Http.json(api.get("coverage/municipality"));
        assertFalse(municipality.isEmpty());
        HttpResponse<String> csv = Http.send(Http.request(api.uri("coverage/export.csv"), "hr")
                .setHeader("Accept", "text/csv").GET().build());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFOmråde;Enhed;Type;Målsætning"), csv.body().substring(0, 80));
        assertTrue(csv.body().matches("(?s).*;\\d+,\\d;(Ja|Nej)\\r\\n.*"), "decimal comma in the percentage");
    }

    @Test
    void hrCreatesATargetAndItIsMeasured() {
        Api api = new Api(base);
        long module = api.getObject("modules?text=NEST-01").getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String code = api.unique("T");
        JsonObject target = api.postObject("targets", """
                {"code":"%s","name":"Alle lærere har NEST – %s","moduleId":%d,"requiredPercent":100,
                 "deadline":"%s","institutionTypes":["SCHOOL"],"jobRoles":["TEACHER"],"includesEmployees":true}"""
                .formatted(code, code, module, LocalDate.now().plusYears(1)), 201);
        long id = target.getJsonNumber("id").longValue();

        JsonArray rows = Http.json(api.get("coverage?target=" + id));
        assertFalse(rows.isEmpty(), "the new target is measured at the schools");
        assertTrue(rows.stream().map(JsonObject.class::cast).allMatch(r -> "TEACHER".equals(r.getString("jobRole"))
                && "SCHOOL".equals(r.getString("institutionType"))));

        HttpResponse<String> invalid = api.post("targets", """
                {"code":"%s-2","name":"Uden modul","requiredPercent":100,"deadline":"2027-01-01","includesEmployees":true}"""
                .formatted(code));
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("angiv enten et modul eller en uddannelse"), invalid.body());
    }

    @Test
    void aCompletionShowsInTodaysCoverageAtOnceWhileEarlierDaysKeepTheirNumbers() {
        Api api = new Api(base);
        long module = api.getObject("modules?text=NEST-01").getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long school = api.getArray("coverage?institutionType=SCHOOL").getJsonObject(0)
                .getJsonNumber("institutionId").longValue();
        String code = api.unique("T");
        long target = api.postObject("targets", """
                {"code":"%s","name":"NEST på én skole – %s","moduleId":%d,"requiredPercent":100,"deadline":"%s",
                 "institutionIds":[%d],"includesEmployees":true}"""
                .formatted(code, code, module, LocalDate.now().plusYears(1), school), 201).getJsonNumber("id").longValue();
        String report = "coverage?institution=" + school + "&target=" + target;
        String yesterday = "&date=" + LocalDate.now().minusDays(1);
        JsonObject missingPerson = api.getArray("coverage/missing?institution=" + school + "&target=" + target)
                .getJsonObject(0);
        long person = missingPerson.getJsonNumber("personId").longValue();
        String role = missingPerson.getString("jobRole");
        int coveredBefore = coveredFor(api.getArray(report), role);
        int coveredYesterday = coveredFor(api.getArray(report + yesterday), role);

        api.postObject("people/" + person + "/activities", """
                {"kind":"OTHER","title":"NEST (anden kommune)","date":"%s","hours":7.5,"countsAsModuleId":%d}"""
                .formatted(LocalDate.now(), module), 201);

        assertEquals(coveredBefore + 1, coveredFor(api.getArray(report), role), "today counts the completion");
        assertEquals(coveredYesterday, coveredFor(api.getArray(report + yesterday), role),
                "yesterday did not have it");
        assertTrue(api.getArray("coverage/missing?institution=" + school + "&target=" + target).stream()
                .map(JsonObject.class::cast).noneMatch(p -> p.getJsonNumber("personId").longValue() == person));
    }

    @Test
    void theForecastJudgesEachTargetAtEachInstitutionAndALeaderSeesOnlyTheirOwn() {
        Api api = new Api(base);
        JsonArray all = api.getArray("coverage/forecast");
        assertTrue(all.size() > 5, "a forecast per institution and target: " + all.size());
        for (JsonObject forecast : all.getValuesAs(JsonObject.class)) {
            String outlook = forecast.getString("outlook");
            int covered = forecast.getInt("covered");
            int needed = forecast.getInt("needed");
            assertEquals("MET".equals(outlook), covered >= needed, forecast::toString);
            assertEquals(Set.of("ON_TRACK", "BEHIND").contains(outlook), forecast.get("projectedDate") != null
                    && !forecast.isNull("projectedDate"), forecast::toString);
        }
        JsonArray mine = Http.json(Http.send(Http.request(api.uri("coverage/forecast"), "leder").GET().build()));
        assertEquals(1, mine.getValuesAs(JsonObject.class).stream()
                .map(f -> f.getJsonNumber("institutionId").longValue()).distinct().count());
    }

    private static int coveredFor(JsonArray rows, String jobRole) {
        return rows.stream().map(JsonObject.class::cast).filter(r -> jobRole.equals(r.getString("jobRole")))
                .mapToInt(r -> r.getInt("covered")).findFirst().orElseThrow();
    }
}
