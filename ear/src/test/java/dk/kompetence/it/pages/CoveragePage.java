package dk.kompetence.it.pages;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

    /** Where the CSV and Excel links of the filters lead. */
    public String csvLink() {
        return find("[id='coverage:csv']").getAttribute("href");
    }

    public String xlsxLink() {
        return find("[id='coverage:xlsx']").getAttribute("href");
    }

    /** The quality-report PDF links, one per institution row. */
    public List<String> pdfLinks() {
        return findAll("#heatmap tbody th a.report-link").stream().map(a -> a.getAttribute("href")).toList();
    }

    /**
     * Starts the whole municipality's export, lets the page poll its progress and returns the
     * download link it offers when done.
     */
    public String exportWholeMunicipality() {
        click(find("[id='coverage:startExport']"));
        WebElement link = new WebDriverWait(browser, Duration.ofMinutes(2))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("coverage:exportFile")));
        return link.getAttribute("href");
    }

    public String exportProgress() {
        return find("[id='coverage:exportProgress']").getText();
    }
}
