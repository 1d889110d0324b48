package dk.kompetence.it;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser test shares: the deployed EAR, a headless Chromium per test class (each test
 * starts signed out, with no cookies of any site and the default window), the API.
 * Tagged so that the run on PostgreSQL can leave the browser tests out (see ear/pom.xml).
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    private static ChromeDriver chromium;

    WebDriver browser;
    Api api;

    @BeforeAll
    static void startBrowser() {
        chromium = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        chromium.quit();
    }

    @BeforeEach
    void startSignedOut() {
        chromium.get("about:blank");
        // Every site's cookies, not only the current page's: the identity provider's too.
        chromium.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        chromium.manage().window().setSize(new Dimension(Browser.WIDTH, Browser.HEIGHT));
        browser = chromium;
        api = new Api(base);
    }
}
