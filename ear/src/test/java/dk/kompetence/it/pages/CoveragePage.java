package dk.kompetence.it.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

public class CoveragePage extends Page {

    public CoveragePage(WebDriver browser) {
        super(browser);
    }

    public static CoveragePage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "coverage.xhtml");
        return new CoveragePage(browser);
    }

    public List<String> institutions() {
        return findAll("#heatmap tbody th").stream().map(WebElement::getText).toList();
    }

    /** Opens the drill-down of the first cell where someone is missing; returns the cell's text. */
    public String drillIntoFirstIncompleteCell() {
        WebElement cell = findAll("#heatmap td a.cell-link").stream()
                .filter(a -> !a.getText().startsWith("100 %")).findFirst()
                .orElseThrow(() -> new AssertionError("every cell is complete"));
        String text = cell.getText();
        click(cell);
        return text;
    }

    public List<String> missingPeople() {
        return findAll("[id='coverage:people_data'] tr").stream().map(WebElement::getText).toList();
    }

    public boolean hasTrendChart() {
        return !browser.findElements(By.cssSelector("[id='coverage:trend'] canvas")).isEmpty();
    }
}
