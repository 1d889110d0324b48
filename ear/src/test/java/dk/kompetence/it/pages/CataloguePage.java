package dk.kompetence.it.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

public class CataloguePage extends Page {

    public CataloguePage(WebDriver browser) {
        super(browser);
    }

    public static CataloguePage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm());
        return new CataloguePage(browser);
    }

    public CataloguePage search(String text) {
        WebElement field = browser.findElement(By.id("search:text"));
        field.clear();
        field.sendKeys(text);
        click(browser.findElement(By.id("search:find")));
        return this;
    }

    public List<String> titles() {
        return findAll("[id='search:modules_data'] a.module-link").stream().map(WebElement::getText).toList();
    }

    public ModulePage open(String title) {
        click(browser.findElement(By.linkText(title)));
        return new ModulePage(browser);
    }
}
