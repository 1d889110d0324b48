package dk.kompetence.it.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** HR: the list of targets and the form to create or edit one. */
public class TargetsPage extends Page {

    public TargetsPage(WebDriver browser) {
        super(browser);
    }

    public static TargetsPage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "admin-targets.xhtml");
        return new TargetsPage(browser);
    }

    /** A target for the first module in the list, for the given unit type, without saying how many. */
    public TargetsPage fill(String code, String name, String deadline, String typeLabel) {
        type("target:code", code);
        type("target:name", name);
        chooseAt("target:module", 1);
        type("target:deadline_input", deadline);
        browser.findElement(By.xpath("//*[@id='target:types']//label[text()='" + typeLabel + "']")).click();
        return this;
    }

    public TargetsPage percent(String percent) {
        type("target:percent_input", percent);
        return this;
    }

    public TargetsPage save() {
        click(browser.findElement(By.id("target:save")));
        return this;
    }

    public String fieldMessage(String field) {
        return messageOf("target:" + field + "-message");
    }

    public boolean lists(String name) {
        return rows("targets:table").stream().anyMatch(row -> row.getText().contains(name));
    }

    public String activeOf(String name) {
        return rowContaining("targets:table", name).findElement(By.cssSelector("[id$=':active']")).getText();
    }

    public TargetsPage deactivate(String name) {
        click(rowContaining("targets:table", name).findElement(By.cssSelector("[id$=':deactivate']")));
        return this;
    }
}
