package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.it.pages.SignInPage;
import dk.kompetence.it.pages.TargetsPage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** HR manages the targets coverage is measured against, in the browser. */
class TargetsBrowserIT extends BrowserTest {

    @Test
    void hrCreatesATargetAfterADanishMessageNextToTheFieldAndThenRetiresIt() {
        SignInPage.open(browser, base).as("hr");
        String code = api.unique("MAAL");
        String name = "Alle i dagtilbud har modulet – " + code;
        TargetsPage targets = TargetsPage.open(browser, base).fill(code, name, "31.12.2027", "Dagtilbud").save();

        assertEquals("angiv enten en procentsats eller et mindste antal pr. enhed", targets.fieldMessage("percent"));
        assertFalse(targets.lists(name), "nothing saved while the form is wrong");

        targets.percent("80").save();
        targets.screenshot("admin-targets");
        assertTrue(targets.messages().contains(name), targets.messages());
        assertEquals("Ja", targets.activeOf(name));
        JsonObject stored = api.getArray("targets").getValuesAs(JsonObject.class).stream()
                .filter(t -> code.equals(t.getString("code"))).findFirst().orElseThrow();
        assertEquals(80, stored.getInt("requiredPercent"));
        assertEquals("2027-12-31", stored.getString("deadline"));

        targets.deactivate(name);
        assertEquals("Nej", targets.activeOf(name));
    }

    @Test
    void inEnglishTheServicesValidationMessageIsEnglishToo() {
        SignInPage.open(browser, base).as("hr");
        TargetsPage targets = TargetsPage.open(browser, base);
        targets.clickToNavigate(browser.findElement(org.openqa.selenium.By.id("topbar:lang-en")));
        targets.fill(api.unique("EN"), "English target", "31.12.2027", "Daycare").save();

        assertEquals("give either a percentage or a minimum number per unit", targets.fieldMessage("percent"));
    }
}
