package dk.kompetence.it.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

public class ProviderPage extends Page {

    public ProviderPage(WebDriver browser) {
        super(browser);
    }

    public static ProviderPage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "provider.xhtml");
        return new ProviderPage(browser);
    }

    public ProviderPage createDraft(String code, String title, String hours) {
        type("draft:code", code);
        type("draft:title", title);
        type("draft:hours_input", hours);
        click(browser.findElement(By.id("draft:create")));
        return this;
    }

    /** Opens the draft in the form, replaces its title and saves it. */
    public ProviderPage retitle(String code, String title) {
        WebElement row = findAll("[id='modules:table_data'] tr").stream().filter(r -> r.getText().contains(code))
                .findFirst().orElseThrow(() -> new AssertionError("no module " + code));
        click(row.findElement(By.cssSelector("button[id$=':edit']")));
        type("draft:title", title);
        click(browser.findElement(By.id("draft:create")));
        return this;
    }

    public String fieldMessage(String field) {
        return browser.findElement(By.id("draft:" + field + "-message")).getText();
    }

    public ProviderPage submit(String code) {
        WebElement row = findAll("[id='modules:table_data'] tr").stream().filter(r -> r.getText().contains(code))
                .findFirst().orElseThrow(() -> new AssertionError("no module " + code));
        click(row.findElement(By.cssSelector("button[id$=':submit']")));
        return this;
    }

    public String statusOf(String code) {
        return findAll("[id='modules:table_data'] tr").stream().filter(r -> r.getText().contains(code))
                .findFirst().orElseThrow().findElement(By.cssSelector(".status")).getText();
    }
}
