package dk.kompetence.it.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

public class TeamPage extends Page {

    public TeamPage(WebDriver browser) {
        super(browser);
    }

    public static TeamPage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "team.xhtml");
        return new TeamPage(browser);
    }

    public List<String> requests() {
        return findAll("[id='requests:table_data'] tr").stream().map(WebElement::getText).toList();
    }

    public TeamPage approve(String person, String comment) {
        WebElement row = findAll("[id='requests:table_data'] tr").stream().filter(r -> r.getText().contains(person))
                .findFirst().orElseThrow(() -> new AssertionError("no request from " + person));
        row.findElement(By.cssSelector("input[id$=':comment']")).sendKeys(comment);
        click(row.findElement(By.cssSelector("button[id$=':approve']")));
        return this;
    }

    public TeamPage enrolTeam(String sessionCode, List<String> people, String modeLabel) {
        WebElement sessionMenu = browser.findElement(By.id("teamEnrol:session"));
        click(sessionMenu);
        List<WebElement> sessions = findAll("[id='teamEnrol:session_panel'] li");
        click(sessions.stream().filter(li -> li.getAttribute("data-label").contains(" · " + sessionCode + " · ")).findFirst()
                .orElseThrow(() -> new AssertionError("no session " + sessionCode + " in "
                        + sessions.stream().map(li -> li.getAttribute("data-label")).toList())));
        for (String person : people) {
            WebElement label = browser.findElement(By.xpath(
                    "//*[@id='teamEnrol:members']//label[normalize-space()='" + person + "']"));
            click(label);
        }
        click(browser.findElement(By.xpath("//*[@id='teamEnrol:mode']//label[normalize-space()='" + modeLabel + "']")));
        click(browser.findElement(By.id("teamEnrol:enrolTeam")));
        return this;
    }

    public String formMessages() {
        return find("[id='teamEnrol:teamMessages']").getText();
    }

    public List<String> teamMembers() {
        return findAll("[id='teamEnrol:members'] label").stream().map(WebElement::getText).toList();
    }

    public int matrixRows() {
        return findAll("#competence-matrix tbody tr").size();
    }
}
