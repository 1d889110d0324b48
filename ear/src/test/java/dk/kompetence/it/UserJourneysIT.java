package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.it.pages.AdminPage;
import dk.kompetence.it.pages.CataloguePage;
import dk.kompetence.it.pages.CoveragePage;
import dk.kompetence.it.pages.ModulePage;
import dk.kompetence.it.pages.ProviderPage;
import dk.kompetence.it.pages.SignInPage;
import dk.kompetence.it.pages.TeamPage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The main journey of each user group, in headless Chromium, with screenshots in target/screenshots. */
class UserJourneysIT extends BrowserTest {

    @Test
    void employeeFindsNestAndEnrolsTheNextEmployeeLandsOnTheWaitlist() {
        String title = "NEST i praksis – " + api.unique("B");
        String session = api.unique("NEST");
        api.openSession(api.publishedModule(title, "NEST", false), session, 1, api.dayAhead(7));

        SignInPage.open(browser, base).as("employee");
        CataloguePage catalogue = CataloguePage.open(browser, base).search("NEST");
        assertTrue(catalogue.titles().contains(title), catalogue.titles().toString());
        catalogue.screenshot("catalogue");
        ModulePage module = catalogue.open(title).enrol(session);
        assertTrue(module.messages().contains("Du er tilmeldt"), module.messages());
        assertEquals("Bekræftet", module.myStatus(session));
        assertEquals("0", module.freeSeats(session));
        module.screenshot("module-enrolled");

        browser.manage().deleteAllCookies();
        SignInPage.open(browser, base).as("employee-2");
        ModulePage second = CataloguePage.open(browser, base).search(title).open(title).enrol(session);
        assertTrue(second.messages().contains("nr. 1 på ventelisten"), second.messages());
        assertTrue(second.myStatus(session).startsWith("Venteliste"), second.myStatus(session));
    }

    @Test
    void leaderApprovesARequestAndEnrolsACoTeachingPair() {
        String requested = "Marte Meo for teamet – " + api.unique("B");
        long moduleNeedingApproval = api.publishedModule(requested, "MARTE_MEO", false);
        String requestSession = api.unique("MM");
        api.openSession(moduleNeedingApproval, requestSession, 5, api.dayAhead(8));
        api.ensureBudget(api.ledInstitution(), api.dayAhead(8).getYear());
        String pairModule = "Co-teaching i praksis – " + api.unique("B");
        String pairSession = api.unique("CT");
        api.openSession(api.publishedModule(pairModule, "CO_TEACHING", false), pairSession, 4, api.dayAhead(9));

        String employee = SignInPage.open(browser, base).as("employee-approval");
        assertTrue(!employee.isBlank(), "greeted by name");
        ModulePage module = CataloguePage.open(browser, base).search(requested).open(requested).enrol(requestSession);
        assertEquals("Afventer godkendelse", module.myStatus(requestSession), module.messages());

        browser.manage().deleteAllCookies();
        SignInPage.open(browser, base).as("leader");
        TeamPage team = TeamPage.open(browser, base);
        assertTrue(team.matrixRows() > 0, "the team's matrix lists people");
        team.screenshot("team");
        String request = team.requests().stream().filter(r -> r.contains(employee)).findFirst().orElseThrow();
        assertTrue(request.contains("Pris ") && request.contains("disponeret") && request.contains("rest"),
                "the request shows its cost and the budget: " + request);
        team.approve(employee, "God idé");
        assertTrue(team.messages().contains("er behandlet"), team.messages());
        assertTrue(team.requests().stream().noneMatch(r -> r.contains(employee)), team.requests().toString());

        List<String> pair = team.teamMembers().subList(0, 2);
        team.enrolTeam(pairSession, pair, "Alle eller ingen");
        assertTrue(team.messages().contains("2 har fået plads, 0 står på venteliste"), team.messages());
    }

    @Test
    void educatorCreatesAModuleHrApprovesItAndItAppearsInTheCatalogue() {
        String code = api.unique("KP");
        String title = "Pædagogisk analyse i dagtilbud – " + code;

        SignInPage.open(browser, base).as("educator");
        ProviderPage provider = ProviderPage.open(browser, base).createDraft(code, "Pædagogisk analyse – " + code, "14");
        assertTrue(provider.messages().contains("er oprettet som kladde"), provider.messages());
        provider.retitle(code, title);
        assertTrue(provider.messages().contains("Kladden " + title + " er gemt"), provider.messages());
        provider.submit(code);
        assertEquals("Til godkendelse", provider.statusOf(code));
        provider.screenshot("provider");

        browser.manage().deleteAllCookies();
        SignInPage.open(browser, base).as("hr");
        AdminPage admin = AdminPage.open(browser, base).publish(code);
        assertTrue(admin.messages().contains("er udgivet"), admin.messages());
        admin.screenshot("admin");

        assertTrue(CataloguePage.open(browser, base).search(code).titles().contains(title));
    }

    @Test
    void hrSeesTheCoverageHeatMapDrillsDownToWhoIsMissingAndALeaderOnlyTheirOwnInstitution() {
        SignInPage.open(browser, base).as("hr");
        CoveragePage coverage = CoveragePage.open(browser, base);
        assertTrue(coverage.institutions().size() > 5, coverage.institutions().toString());
        String cell = coverage.drillIntoFirstIncompleteCell();
        assertTrue(!coverage.missingPeople().isEmpty(), "someone is missing in " + cell);
        assertTrue(coverage.hasTrendChart(), "HR sees the trend chart");
        coverage.screenshot("coverage");

        browser.manage().deleteAllCookies();
        SignInPage.open(browser, base).as("leader");
        assertEquals(1, CoveragePage.open(browser, base).institutions().size());
    }

    @Test
    void danishValidationMessagesAppearNextToTheFields() {
        SignInPage.open(browser, base).as("educator");
        ProviderPage provider = ProviderPage.open(browser, base).createDraft(api.unique("V"), "", "");

        assertEquals("skal udfyldes", provider.fieldMessage("title"));
        assertEquals("skal udfyldes", provider.fieldMessage("hours"));
        assertEquals("", provider.fieldMessage("code"));
        provider.screenshot("validation");
    }
}
