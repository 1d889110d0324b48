package dk.kompetence.it.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

public class AdminPage extends Page {

    public AdminPage(WebDriver browser) {
        super(browser);
    }

    public static AdminPage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "admin.xhtml");
        return new AdminPage(browser);
    }

    public AdminPage publish(String code) {
        WebElement row = findAll("[id='approvals:table_data'] tr").stream().filter(r -> r.getText().contains(code))
                .findFirst().orElseThrow(() -> new AssertionError("no submitted module " + code));
        click(row.findElement(By.cssSelector("button[id$=':publish']")));
        return this;
    }
}
