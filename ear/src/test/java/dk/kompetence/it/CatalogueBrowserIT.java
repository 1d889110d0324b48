package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.it.pages.CataloguePage;
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
    void startPageListsTheDemoModulesInDanishWhateverTheBrowserLanguage() {
        CataloguePage catalogue = CataloguePage.open(browser, base);

        assertEquals("da", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Kursuskatalog", catalogue.heading());
        List<String> titles = catalogue.search("").titles();
        assertTrue(titles.size() >= 10, "rows: " + titles.size());
        assertTrue(catalogue.search("NEST").titles().contains("NEST: Det fælles pædagogiske grundlag"));
        assertTrue(catalogue.search("løft").titles().contains("Løsningsfokuseret tilgang (LØFT)"));
    }

    @Test
    void languageSwitchesToEnglishAndBack() {
        CataloguePage catalogue = CataloguePage.open(browser, base);
        browser.findElement(By.id("topbar:lang-en")).click();
        catalogue.waitForAjax();

        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Course catalogue", catalogue.heading());
        browser.findElement(By.id("topbar:lang-da")).click();
        assertEquals("Kursuskatalog", new CataloguePage(browser).heading());
    }
}
