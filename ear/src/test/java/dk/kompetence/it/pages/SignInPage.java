package dk.kompetence.it.pages;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login form (Elytron FORM); the demo users of the README. */
public class SignInPage extends Page {

    private static final Map<String, String> USERS = Map.of("employee", "medarbejder", "employee-2", "medarbejder2",
            "employee-approval", "medarbejder3", "leader", "leder", "volunteer", "frivillig", "hr", "hr",
            "educator", "underviser");

    public SignInPage(WebDriver browser) {
        super(browser);
    }

    public static SignInPage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "login.xhtml");
        return new SignInPage(browser);
    }

    /** Signs in as one of the demo personas and returns the name the page greets them with. */
    public String as(String persona) {
        return signIn(USERS.get(persona), "kompetence");
    }

    public String signIn(String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        // The form posts to the server and loads the next page: wait for it, or the test's next
        // page request can overtake the sign-in.
        clickToNavigate(browser.findElement(By.id("sign-in-button")));
        // Read while the browser may still follow a redirect: a node of the page being left can vanish
        // between finding and reading it, so the read is retried until it holds.
        return new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(driver -> driver.findElements(By.id("topbar:who")).stream().map(WebElement::getText)
                        .findFirst().orElse(""));
    }

    public boolean showsError() {
        return !browser.findElements(By.id("login-error")).isEmpty();
    }
}
