package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.it.pages.ModulesAdminPage;
import dk.kompetence.it.pages.SignInPage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** HR sets the municipality's rules for a module and bundles modules into a programme, in the browser. */
class ModuleAdminIT extends BrowserTest {

    @Test
    void hrSetsARenewalPeriodAfterADanishMessageAndCreatesAProgramme() {
        String title = "Sprogvejledning i dagtilbud – " + api.unique("R");
        long module = api.publishedModule(title, "MARTE_MEO", false);
        SignInPage.open(browser, base).as("hr");

        ModulesAdminPage modules = ModulesAdminPage.open(browser, base).search(title).renewEvery(title, "500");
        assertEquals("må højst være 240", modules.ruleMessage("renewal"));
        modules.renewEvery(title, "24");
        assertTrue(modules.messages().contains("Reglerne for " + title + " er gemt"), modules.messages());
        assertEquals("24", modules.renewalOf(title));
        JsonObject stored = api.getObject("modules/" + module);
        assertEquals(24, stored.getInt("renewalMonths"));

        String programme = "Introduktionsforløb – " + api.unique("U");
        modules.createProgramme(api.unique("U"), programme);
        modules.screenshot("admin-modules");
        assertTrue(modules.listsProgramme(programme), "the new programme is listed");
    }
}
