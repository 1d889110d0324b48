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
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

    public void waitForAjax() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.readyState === 'complete' && (!window.PrimeFaces "
                        + "|| !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());"));
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

    /** Picks an option of a PrimeFaces selectOneMenu by its label. */
    protected void choose(String menuId, String label) {
        click(browser.findElement(By.id(menuId)));
        WebElement item = browser.findElement(By.cssSelector(
                "[id='" + menuId + "_panel'] li[data-label=\"" + label.replace("\"", "\\\"") + "\"]"));
        click(item);
    }
}
