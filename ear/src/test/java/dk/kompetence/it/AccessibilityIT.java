package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dk.kompetence.it.pages.CataloguePage;
import dk.kompetence.it.pages.MyCoursesPage;
import dk.kompetence.it.pages.ProviderPage;
import dk.kompetence.it.pages.SessionsAdminPage;
import dk.kompetence.it.pages.SignInPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.1 AA by axe-core (bundled in Deque's axe-core Selenium jar, run inside the browser) on
 * every main page of every role, with the confirmation dialogs open and with validation errors
 * showing, in Danish and English. Fails on any "serious" or "critical" violation and names the
 * rule and the elements.
 */
class AccessibilityIT extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    final List<String> violations = new ArrayList<>();

    @Test
    void publicPagesAndEveryRolesMainPagesHaveNoSeriousViolationsInDanishAndEnglish() {
        for (String language : List.of("da", "en")) {
            browser.manage().deleteAllCookies();
            open("login.xhtml", language);
            check("login " + language);
            open("", language);
            check("catalogue " + language);
            new CataloguePage(browser).clickToNavigate(browser.findElements(By.cssSelector("a.module-link")).get(0));
            check("module " + language);
            open("accessibility.xhtml", language);
            check("accessibility statement " + language);
        }
        // Signed in once per role: the language switch keeps the session.
        for (Map.Entry<String, List<String>> role : List.of(Map.entry("employee", List.of("mine.xhtml")),
                Map.entry("leader", List.of("team.xhtml", "coverage.xhtml", "ledelsesinformation.xhtml")),
                Map.entry("hr", List.of("admin.xhtml", "admin-audit.xhtml", "coverage.xhtml", "ledelsesinformation.xhtml")),
                Map.entry("educator", List.of("provider.xhtml")))) {
            browser.manage().deleteAllCookies();
            SignInPage.open(browser, base).as(role.getKey());
            for (String page : role.getValue()) {
                for (String language : List.of("da", "en")) {
                    open(page, language);
                    check(page + " as " + role.getKey() + " " + language);
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void openConfirmationDialogsHaveNoSeriousViolationsInDanishAndEnglish() {
        String title = "Marte Meo i vuggestuen – " + api.unique("A");
        String code = api.unique("AD");
        long session = api.openSession(api.publishedModule(title, "MARTE_MEO", false), code, 5, api.dayAhead(18));
        api.enrol(session, api.personOf("medarbejder"), 201);

        for (String language : List.of("da", "en")) {
            browser.manage().deleteAllCookies();
            SignInPage.open(browser, base).as("employee");
            open("mine.xhtml", language);
            MyCoursesPage mine = new MyCoursesPage(browser).askToCancel(code);
            check("mine.xhtml with the cancel-enrolment dialog open, " + language);
            mine.answerNo();

            browser.manage().deleteAllCookies();
            SignInPage.open(browser, base).as("hr");
            open("admin-sessions.xhtml", language);
            SessionsAdminPage sessions = new SessionsAdminPage(browser).showModule(title).askToCancel(code);
            check("admin-sessions.xhtml with the cancel-session dialog open, " + language);
            sessions.answerNo();
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void formsShowingValidationErrorsHaveNoSeriousViolationsInDanishAndEnglish() {
        for (String language : List.of("da", "en")) {
            browser.manage().deleteAllCookies();
            open("login.xhtml", language);
            // An unknown user: no demo user's failed sign-ins are counted towards a lockout.
            SignInPage signIn = new SignInPage(browser);
            signIn.signIn("ingen-saadan-bruger", "forkert");
            assertTrue(signIn.showsError());
            check("login.xhtml with a failed sign-in, " + language);

            browser.manage().deleteAllCookies();
            SignInPage.open(browser, base).as("educator");
            open("provider.xhtml", language);
            ProviderPage provider = new ProviderPage(browser);
            provider.createDraft("", "", "");
            assertFalse(provider.fieldMessage("code").isEmpty(), "the empty code is reported");
            check("provider.xhtml new module with empty required fields, " + language);

            browser.manage().deleteAllCookies();
            SignInPage.open(browser, base).as("hr");
            open("admin-sessions.xhtml", language);
            SessionsAdminPage sessions = new SessionsAdminPage(browser).filterFrom("99.99.9999");
            assertFalse(sessions.fromMessage().isEmpty(), "the invalid date is reported");
            check("admin-sessions.xhtml with an invalid date, " + language);
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    private void open(String path, String language) {
        browser.get(base.toExternalForm() + path);
        String other = language.equals("da") ? "en" : "da";
        if (!browser.findElements(By.id("topbar:lang-" + language)).isEmpty()) {
            browser.findElement(By.id("topbar:lang-" + language)).click();
        }
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElements(By.id("topbar:lang-" + other)).size() == 1
                        && language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    private void check(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                violations.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
    }
}
