package dk.kompetence.it.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** HR: the institutions list with its filters and the create/edit form. */
public class InstitutionsPage extends Page {

    public InstitutionsPage(WebDriver browser) {
        super(browser);
    }

    public static InstitutionsPage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "admin-institutions.xhtml");
        return new InstitutionsPage(browser);
    }

    /** A new institution in the first area. */
    public InstitutionsPage fill(String name, String typeLabel, String pNumber) {
        type("institution:name", name);
        choose("institution:type", typeLabel);
        chooseAt("institution:area", 1);
        type("institution:pNumber", pNumber);
        return this;
    }

    public InstitutionsPage pNumber(String pNumber) {
        type("institution:pNumber", pNumber);
        return this;
    }

    public InstitutionsPage costCentre(String costCentre) {
        type("institution:costCentre", costCentre);
        return this;
    }

    public InstitutionsPage save() {
        click(browser.findElement(By.id("institution:save")));
        return this;
    }

    public String fieldMessage(String field) {
        return messageOf("institution:" + field + "-message");
    }

    public String formHeading() {
        return find("#institution h2").getText();
    }

    public InstitutionsPage search(String text) {
        type("institutions:text", text);
        click(browser.findElement(By.id("institutions:find")));
        return this;
    }

    public String pNumberOf(String name) {
        return rowContaining("institutions:table", name).findElement(By.cssSelector("[id$=':pNumber']")).getText();
    }

    public InstitutionsPage edit(String name) {
        click(rowContaining("institutions:table", name).findElement(By.cssSelector("button[id$=':edit']")));
        return this;
    }
}
