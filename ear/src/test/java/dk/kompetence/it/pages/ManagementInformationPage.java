package dk.kompetence.it.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Ledelsesinformation: the level, area, institution and year chosen, the key figures and a table per track. */
public class ManagementInformationPage extends Page {

    public ManagementInformationPage(WebDriver browser) {
        super(browser);
    }

    public static ManagementInformationPage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "ledelsesinformation.xhtml");
        return new ManagementInformationPage(browser);
    }

    /** The scope's name, the year and the reference date, as the page heads its figures, on one line. */
    public String scope() {
        return find("#scope").getText().replaceAll("\\s+", " ");
    }

    /** The levels the menu offers. */
    public List<String> levels() {
        return findAll("[id='management:level_input'] option").stream().map(o -> o.getAttribute("textContent").strip())
                .toList();
    }

    public ManagementInformationPage showInstitution(String name) {
        choose("management:level", "Enhed");
        chooseContaining("management:institution", name);
        click(find("[id='management:show']"));
        return this;
    }

    public List<String> trackHeadings() {
        return findAll(".track h3").stream().map(WebElement::getText).toList();
    }

    /** Each target's row: name, requirement, coverage, met, forecast and the trend. */
    public List<String> targetRows() {
        return findAll("table.figures tbody tr").stream().map(WebElement::getText).toList();
    }

    public String keyFigure(String id) {
        return find("#" + id).getText();
    }

    public String pdfLink() {
        return find("[id='management:pdf']").getAttribute("href");
    }

    public boolean hasTrendChart() {
        return !browser.findElements(By.cssSelector("[id='management:trend'] canvas")).isEmpty();
    }
}
