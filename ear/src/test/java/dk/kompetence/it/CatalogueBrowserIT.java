package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void startPageListsTheDemoModulesInAPrimeFacesTable() {
        browser.get(base.toExternalForm());

        assertEquals("da", browser.findElement(By.tagName("html")).getAttribute("lang"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#modules_data tr"));
        assertTrue(rows.size() >= 4, "rows: " + rows.size());
        List<String> titles = rows.stream().map(r -> r.findElements(By.tagName("td")).get(1).getText()).toList();
        assertTrue(titles.contains("NEST: Det fælles pædagogiske grundlag"), titles.toString());
        assertTrue(titles.contains("Løsningsfokuseret tilgang (LØFT)"), titles.toString());
    }
}
