package dk.kompetence.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * What every browser test shares: the deployed EAR, a fresh headless Chromium per test, the API.
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

    WebDriver browser;
    Api api;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        api = new Api(base);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }
}
