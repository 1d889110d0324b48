package dk.kompetence.it.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object needs: waiting for PrimeFaces' ajax, messages, screenshots. */
public abstract class Page {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    protected final WebDriver browser;

    protected Page(WebDriver browser) {
        this.browser = browser;
    }

    protected WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    protected List<WebElement> findAll(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    protected void click(WebElement element) {
        element.click();
        waitForAjax();
    }

    /** Clicks something that loads a whole new page and waits until the old one is gone. */
    public void clickToNavigate(WebElement element) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> isGone(oldPage));
        waitForAjax();
    }

    /**
     * Whether the element's page has been replaced. Chromium reports that as a stale element, or,
     * when the question reaches it mid-navigation, as "Node with given id does not belong to the
     * document" (a plain WebDriverException, which ExpectedConditions.stalenessOf lets through).
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public void waitForAjax() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.readyState === 'complete' && (!window.PrimeFaces "
                        + "|| !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    /** The confirmation dialog (PrimeFaces' global confirmDialog) once it is open and has stopped moving. */
    public WebElement confirmDialog() {
        WebElement dialog = new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return !$(arguments[0]).is(':animated');", dialog));
        return dialog;
    }

    /** Answers "No" in the open confirmation dialog and waits until it is gone. */
    public void answerNo() {
        confirmDialog().findElement(By.cssSelector(".ui-confirmdialog-no")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
    }

    /** The global messages shown at the top of the page. */
    public String messages() {
        return findAll("#messages").stream().map(WebElement::getText).findFirst().orElse("");
    }

    public String heading() {
        return find("main h1").getText();
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the text of an input, found by its client id. */
    protected void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The text of a field's message (p:message with the id "{field}-message"), empty when there is none. */
    protected String messageOf(String messageId) {
        return browser.findElement(By.id(messageId)).getText();
    }

    /** Picks the option of a PrimeFaces selectOneMenu whose label contains the text. */
    protected void chooseContaining(String menuId, String text) {
        List<WebElement> items = openMenu(menuId);
        pick(menuId, items.stream().filter(li -> li.getAttribute("data-label").contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no option with " + text + " in " + menuId)));
    }

    /** Picks an option of a PrimeFaces selectOneMenu by position; 0 is the "choose" entry. */
    protected void chooseAt(String menuId, int index) {
        pick(menuId, openMenu(menuId).get(index));
    }

    /**
     * Opens the menu in the middle of the window and waits for its panel: an item clicked while the
     * panel still slides in, or after the window scrolled, is lost.
     */
    private List<WebElement> openMenu(String menuId) {
        WebElement menu = browser.findElement(By.id(menuId));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
        click(menu);
        WebElement panel = browser.findElement(By.id(menuId + "_panel"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(panel));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return getComputedStyle(arguments[0]).opacity === '1' && !$(arguments[0]).is(':animated');", panel));
        return panel.findElements(By.cssSelector("li[data-label]"));
    }

    private void pick(String menuId, WebElement item) {
        click(new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(item)));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }

    /** The rows of a PrimeFaces data table, by the table's client id. */
    protected List<WebElement> rows(String tableId) {
        return findAll("[id='" + tableId + "_data'] tr[data-ri]");
    }

    protected WebElement rowContaining(String tableId, String text) {
        return rows(tableId).stream().filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in " + tableId + ": "
                        + rows(tableId).stream().map(WebElement::getText).toList()));
    }

    /** Picks an option of a PrimeFaces selectOneMenu by its label. */
    protected void choose(String menuId, String label) {
        List<WebElement> items = openMenu(menuId);
        pick(menuId, items.stream().filter(li -> li.getAttribute("data-label").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + label + " in " + menuId)));
    }
}
