package dk.kompetence.it.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** HR: published modules with their rules, and the programmes. */
public class ModulesAdminPage extends Page {

    public ModulesAdminPage(WebDriver browser) {
        super(browser);
    }

    public static ModulesAdminPage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "admin-modules.xhtml");
        return new ModulesAdminPage(browser);
    }

    public ModulesAdminPage search(String text) {
        type("modules:text", text);
        click(browser.findElement(By.id("modules:find")));
        return this;
    }

    public ModulesAdminPage renewEvery(String moduleTitle, String months) {
        click(rowContaining("modules:table", moduleTitle).findElement(By.cssSelector("button[id$=':rules']")));
        type("rules:renewal_input", months);
        click(browser.findElement(By.id("rules:save")));
        return this;
    }

    public String renewalOf(String moduleTitle) {
        return rowContaining("modules:table", moduleTitle).findElement(By.cssSelector("[id$=':renewal']")).getText();
    }

    public String ruleMessage(String field) {
        return messageOf("rules:" + field + "-message");
    }

    /** A programme of the first two modules in the list. */
    public ModulesAdminPage createProgramme(String code, String title) {
        type("programme:code", code);
        type("programme:title", title);
        click(browser.findElement(By.id("programme:modules")));
        var boxes = browser.findElements(By.cssSelector("[id='programme:modules_panel'] li .ui-chkbox-box"));
        click(boxes.get(0));
        click(boxes.get(1));
        browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        click(browser.findElement(By.id("programme:create")));
        return this;
    }

    public boolean listsProgramme(String title) {
        return rows("programme:table").stream().anyMatch(row -> row.getText().contains(title));
    }
}
