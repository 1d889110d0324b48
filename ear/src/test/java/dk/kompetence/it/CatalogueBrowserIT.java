package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.it.pages.CataloguePage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class CatalogueBrowserIT extends BrowserTest {

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
        catalogue.clickToNavigate(browser.findElement(By.id("topbar:lang-en")));

        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Course catalogue", catalogue.heading());
        catalogue.clickToNavigate(browser.findElement(By.id("topbar:lang-da")));
        assertEquals("Kursuskatalog", catalogue.heading());
    }
}
