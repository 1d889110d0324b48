package dk.kompetence.it.pages;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** HR: the people search and the form for a new employee or volunteer. */
public class PeoplePage extends Page {

    public PeoplePage(WebDriver browser) {
        super(browser);
    }

    public static PeoplePage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "admin-people.xhtml");
        return new PeoplePage(browser);
    }

    /** A volunteer: the form then asks only for the consent date beyond name and place. */
    public PeoplePage volunteer(String firstName, String lastName, String institution) {
        click(browser.findElement(By.xpath("//*[@id='person:kind']//label[normalize-space()='Frivillig']")));
        type("person:firstName", firstName);
        type("person:lastName", lastName);
        chooseContaining("person:institution", institution);
        return this;
    }

    public PeoplePage consentedOn(LocalDate day) {
        type("person:consentDate_input", DateTimeFormatter.ofPattern("dd.MM.yyyy").format(day));
        return this;
    }

    public boolean asksForEmployeeFields() {
        return !findAll("[id='person:hireDate_input']").isEmpty();
    }

    public PeoplePage create() {
        click(browser.findElement(By.id("person:create")));
        return this;
    }

    public String fieldMessage(String field) {
        return messageOf("person:" + field + "-message");
    }

    public PeoplePage search(String text) {
        type("search:text", text);
        click(browser.findElement(By.id("search:find")));
        return this;
    }

    /** Each person found as the cells of their row: name, role, institution, e-mail. */
    public List<List<String>> found() {
        return rows("search:table").stream()
                .map(r -> r.findElements(By.tagName("td")).stream()
                        .filter(cell -> cell.findElements(By.tagName("button")).isEmpty())
                        .map(WebElement::getText).toList()).toList();
    }

    public PeoplePage edit(String name) {
        click(rowContaining("search:table", name).findElement(By.cssSelector("button[id$=':edit']")));
        return this;
    }

    public PeoplePage changeEmail(String email) {
        type("edit:email", email);
        return this;
    }

    public PeoplePage leavesOn(LocalDate day) {
        type("edit:endDate_input", day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        return this;
    }

    public PeoplePage saveChanges() {
        click(browser.findElement(By.id("edit:save")));
        return this;
    }

    public String editMessage(String field) {
        return messageOf("edit:" + field + "-message");
    }
}
