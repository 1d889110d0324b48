package dk.kompetence.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Keycloak's own login form, where single sign-on sends the browser (the test realm's users). */
public class KeycloakSignInPage extends Page {

    public KeycloakSignInPage(WebDriver browser) {
        super(browser);
    }

    /** Waits until the browser was sent to the provider's login form. */
    public static KeycloakSignInPage expected(WebDriver browser, String providerUrl) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.and(
                ExpectedConditions.urlContains(providerUrl), ExpectedConditions.presenceOfElementLocated(By.id("kc-login"))));
        return new KeycloakSignInPage(browser);
    }

    /** Signs in and waits until the provider has sent the browser back to the application. */
    public void signIn(String username, String password, String applicationUrl) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(applicationUrl));
        waitForAjax();
    }
}
