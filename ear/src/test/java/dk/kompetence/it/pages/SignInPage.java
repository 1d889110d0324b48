package dk.kompetence.it.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

public class SignInPage extends Page {

    public SignInPage(WebDriver browser) {
        super(browser);
    }

    public static SignInPage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "login.xhtml");
        return new SignInPage(browser);
    }

    /** persona: employee, employee-2, employee-approval, leader, hr, educator. */
    public void as(String persona) {
        click(browser.findElement(By.cssSelector("[data-persona='" + persona + "']")));
    }

    public String nameOf(String persona) {
        String label = browser.findElement(By.cssSelector("[data-persona='" + persona + "']")).getAttribute("value");
        return label.substring(label.indexOf(" som ") + 5);
    }
}
