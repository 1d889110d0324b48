package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.it.pages.ManagementInformationPage;
import dk.kompetence.it.pages.SignInPage;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ledelsesinformation in the browser, as HR and as a leader use it. */
class ManagementInformationPageIT extends BrowserTest {

    @Test
    void hrSeesTheMunicipalityPerTrackWithTheTrendAndCanTurnToOneInstitution() {
        SignInPage.open(browser, base).as("hr");
        ManagementInformationPage page = ManagementInformationPage.open(browser, base);
        assertTrue(page.scope().startsWith("Hele kommunen · " + LocalDate.now().getYear()), page.scope());
        assertFalse(page.trackHeadings().isEmpty(), "the demo's targets lie on tracks");
        assertFalse(page.targetRows().isEmpty());
        assertTrue(page.hasTrendChart(), "the trend as a chart");
        assertTrue(page.pdfLink().contains("/api/v1/management-information/report.pdf?level=MUNICIPALITY&year="),
                page.pdfLink());
        assertTrue(page.keyFigure("allCosts").contains("kr."), page.keyFigure("allCosts"));
        assertEquals(List.of("Hele kommunen", "Område", "Enhed"), page.levels());
        page.screenshot("management-information-hr");

        String led = api.getObject("institutions/" + api.ledInstitution()).getString("name");
        page.showInstitution(led);
        assertTrue(page.scope().startsWith(led + " · "), page.scope());
        assertTrue(page.pdfLink().contains("level=INSTITUTION&institution=" + api.ledInstitution()), page.pdfLink());
    }

    @Test
    void aLeaderSeesTheirOwnInstitutionWithTheCoverageReportsFigures() {
        SignInPage.open(browser, base).as("leader");
        ManagementInformationPage page = ManagementInformationPage.open(browser, base);
        long led = api.ledInstitution();
        String name = api.getObject("institutions/" + led).getString("name");
        assertTrue(page.scope().startsWith(name + " · "), page.scope());
        assertEquals(List.of("Enhed"), page.levels(), "a leader has their institution only");

        JsonArray coverage = Http.json(Http.send(Http.request(api.uri("coverage?institution=" + led), "leder")
                .GET().build()));
        JsonObject first = coverage.getJsonObject(0);
        long target = first.getJsonNumber("targetId").longValue();
        int inScope = coverage.stream().map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("targetId").longValue() == target).mapToInt(r -> r.getInt("inScope")).sum();
        int covered = coverage.stream().map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("targetId").longValue() == target).mapToInt(r -> r.getInt("covered")).sum();
        String row = page.targetRows().stream().filter(r -> r.startsWith(first.getString("targetName"))).findFirst()
                .orElseThrow(() -> new AssertionError(first.getString("targetName") + " in " + page.targetRows()));
        assertTrue(row.contains("(" + covered + "/" + inScope + ")"), row);
        page.screenshot("management-information-leader");
    }
}
