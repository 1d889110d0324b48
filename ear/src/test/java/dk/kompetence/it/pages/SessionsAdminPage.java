package dk.kompetence.it.pages;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** HR: all sessions with filters, and cancelling one behind a confirm dialog. */
public class SessionsAdminPage extends Page {

    public SessionsAdminPage(WebDriver browser) {
        super(browser);
    }

    public static SessionsAdminPage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "admin-sessions.xhtml");
        return new SessionsAdminPage(browser);
    }

    public SessionsAdminPage showModule(String moduleTitle) {
        chooseContaining("sessions:module", moduleTitle);
        click(browser.findElement(By.id("sessions:find")));
        return this;
    }

    public SessionsAdminPage cancel(String code) {
        askToCancel(code);
        click(new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.elementToBeClickable(By.id("sessions:confirmYes"))));
        return this;
    }

    /** Filters on sessions starting from the date typed, as the user would type it. */
    public SessionsAdminPage filterFrom(String date) {
        type("sessions:from_input", date);
        click(browser.findElement(By.id("sessions:find")));
        return this;
    }

    public String fromMessage() {
        return messageOf("sessions:from-message");
    }

    /** Asks to cancel the session, which opens the confirmation dialog. */
    public SessionsAdminPage askToCancel(String code) {
        click(rowContaining("sessions:table", code).findElement(By.cssSelector("button[id$=':cancel']")));
        confirmDialog();
        return this;
    }

    public boolean canCancel(String code) {
        return !rowContaining("sessions:table", code).findElements(By.cssSelector("button[id$=':cancel']")).isEmpty();
    }

    public String status(String code) {
        return rowContaining("sessions:table", code).findElement(By.cssSelector(".status")).getText();
    }
}
