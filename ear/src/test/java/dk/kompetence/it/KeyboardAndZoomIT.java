package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.it.pages.MyCoursesPage;
import dk.kompetence.it.pages.Page;
import dk.kompetence.it.pages.SignInPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Keyboard-only journeys (Tab, Shift+Tab, Enter, Space; no mouse) and narrow screens (320 px). */
class KeyboardAndZoomIT extends BrowserTest {

    @Test
    void anEmployeeFindsAModuleAndEnrolsWithTheKeyboardOnly() {
        String title = "Hanen – sprogstimulering " + api.unique("K");
        String session = api.unique("KB");
        api.openSession(api.publishedModule(title, "HANEN", false), session, 5, api.dayAhead(11));
        SignInPage.open(browser, base).as("employee");
        browser.get(base.toExternalForm());

        tabTo(e -> "search:text".equals(e.getAttribute("id")));
        type(title);
        tabTo(e -> "search:find".equals(e.getAttribute("id")));
        press(Keys.ENTER);
        new Page(browser) { }.waitForAjax();
        tabTo(e -> title.equals(e.getText()));
        press(Keys.ENTER);
        tabTo(e -> e.getAttribute("id") != null && e.getAttribute("id").endsWith(":enrol"));
        press(Keys.SPACE);
        Page page = new Page(browser) { };
        page.waitForAjax();
        assertTrue(page.messages().contains("Du er tilmeldt"), page.messages());
    }

    @Test
    void aLeaderApprovesARequestWithTheKeyboardOnly() {
        String title = "Pædagogisk analyse – " + api.unique("K");
        String session = api.unique("KA");
        api.openSession(api.publishedModule(title, "PEDAGOGICAL_ANALYSIS", false), session, 5, api.dayAhead(12));
        String employee = SignInPage.open(browser, base).as("employee-approval");
        browser.get(base.toExternalForm());
        new dk.kompetence.it.pages.CataloguePage(browser).search(title).open(title).enrol(session);

        browser.manage().deleteAllCookies();
        SignInPage.open(browser, base).as("leader");
        browser.get(base.toExternalForm() + "team.xhtml");
        WebElement comment = tabTo(e -> String.valueOf(e.getAttribute("aria-label")).endsWith(employee));
        type("Godkendt med tastaturet");
        String row = comment.getAttribute("id").replace(":comment", "");
        tabTo(e -> (row + ":approve").equals(e.getAttribute("id")));
        press(Keys.ENTER);
        Page page = new Page(browser) { };
        page.waitForAjax();
        assertTrue(page.messages().contains("er behandlet"), page.messages());
    }

    @Test
    void aConfirmationDialogOpenedWithTheKeyboardClosesWithEscapeAndFocusReturnsToItsButton() {
        String code = api.unique("KD");
        long module = api.publishedModule("Sprogstimulering – dialogisk læsning " + api.unique("K"), "HANEN", false);
        long session = api.openSession(module, code, 5, api.dayAhead(19));
        long enrolment = api.enrol(session, api.personOf("medarbejder"), 201).getJsonNumber("id").longValue();
        SignInPage.open(browser, base).as("employee");
        MyCoursesPage mine = MyCoursesPage.open(browser, base);
        String cancelId = mine.cancelButton(code).getAttribute("id");

        tabTo(e -> cancelId.equals(e.getAttribute("id")));
        press(Keys.ENTER);
        WebElement dialog = mine.confirmDialog();
        new WebDriverWait(browser, Duration.ofSeconds(5)).withMessage("focus moves into the dialog")
                .until(d -> (Boolean) ((JavascriptExecutor) d)
                        .executeScript("return arguments[0].contains(document.activeElement);", dialog));

        press(Keys.ESCAPE);
        new WebDriverWait(browser, Duration.ofSeconds(5)).withMessage("Escape closes the dialog")
                .until(ExpectedConditions.invisibilityOf(dialog));
        new WebDriverWait(browser, Duration.ofSeconds(5)).withMessage("focus returns to the button that opened it")
                .until(d -> cancelId.equals(d.switchTo().activeElement().getAttribute("id")));
        assertEquals("CONFIRMED", api.getObject("enrolments/" + enrolment).getString("status"),
                "Escape does not confirm: the enrolment stands");
    }

    @Test
    void mainPagesFitA320PixelScreenWithoutHorizontalScrolling() {
        browser.manage().window().setSize(new Dimension(320, 800));
        List<String> tooWide = new ArrayList<>();
        for (String[] page : new String[][] {{null, ""}, {null, "login.xhtml"}, {"employee", "mine.xhtml"},
                {"educator", "provider.xhtml"}, {"hr", "admin.xhtml"}}) {
            browser.manage().deleteAllCookies();
            if (page[0] != null) {
                SignInPage.open(browser, base).as(page[0]);
            }
            browser.get(base.toExternalForm() + page[1]);
            long width = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelector('main').scrollWidth;");
            long viewport = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.clientWidth;");
            if (width > viewport) {
                tooWide.add(page[1] + ": main is " + width + " px in a " + viewport + " px window");
            }
        }
        assertEquals(List.of(), tooWide);
    }

    /** Presses Tab until the focused element matches, checking that focus stays visible. */
    private WebElement tabTo(Predicate<WebElement> wanted) {
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            press(Keys.TAB);
            WebElement focused = browser.switchTo().activeElement();
            visited.add(focused.getTagName() + "#" + focused.getAttribute("id") + " " + focused.getText());
            if (wanted.test(focused)) {
                String outline = focused.getCssValue("outline-style");
                String shadow = focused.getCssValue("box-shadow");
                assertTrue(!"none".equals(outline) || !"none".equals(shadow),
                        "focus is visible on " + focused.getAttribute("id"));
                return focused;
            }
        }
        throw new AssertionError("Tab never reached the element on " + browser.getCurrentUrl() + "; visited "
                + visited.subList(0, Math.min(25, visited.size())));
    }

    private void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.readyState").equals("complete"));
    }

    private void type(String text) {
        new Actions(browser).sendKeys(text).perform();
    }
}
