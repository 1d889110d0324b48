package dk.kompetence.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

public class ModulePage extends Page {

    public ModulePage(WebDriver browser) {
        super(browser);
    }

    private WebElement row(String sessionCode) {
        return findAll("[id='sessions:table_data'] tr").stream()
                .filter(r -> r.getText().contains(sessionCode)).findFirst()
                .orElseThrow(() -> new AssertionError("no session " + sessionCode + " on " + heading()));
    }

    public ModulePage enrol(String sessionCode) {
        click(row(sessionCode).findElement(By.cssSelector("button[id$=':enrol']")));
        return this;
    }

    public String myStatus(String sessionCode) {
        return row(sessionCode).findElements(By.cssSelector(".status")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    public String freeSeats(String sessionCode) {
        return row(sessionCode).findElement(By.cssSelector("[id$=':free']")).getText();
    }
}
