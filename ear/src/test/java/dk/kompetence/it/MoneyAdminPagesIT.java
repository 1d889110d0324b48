package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.it.pages.BudgetsAdminPage;
import dk.kompetence.it.pages.ManagementInformationPage;
import dk.kompetence.it.pages.SignInPage;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** HR's money pages in the browser: a budget set on the admin page is the one management information shows. */
class MoneyAdminPagesIT extends BrowserTest {

    @Test
    void aBudgetSetByHrShowsInTheListAndInTheInstitutionsManagementInformation() {
        String name = api.unique("Budgethuset");
        long institution = api.daycare(name);
        SignInPage.open(browser, base).as("hr");

        BudgetsAdminPage budgets = BudgetsAdminPage.open(browser, base).setBudget(name, "", "Advar");
        assertFalse(budgets.amountMessage().isEmpty(), "an empty amount is reported next to the field");

        budgets = BudgetsAdminPage.open(browser, base).setBudget(name, "12345,50", "Bloker");
        assertTrue(budgets.messages().contains("12.345,50 kr."), budgets.messages());
        assertTrue(budgets.budgets().stream().anyMatch(row -> row.contains(name) && row.contains("12.345,50 kr.")),
                budgets.budgets().toString());
        budgets.screenshot("admin-budgets");
        JsonObject stored = api.getObject("budgets/" + institution + "/" + LocalDate.now().getYear());
        assertEquals("BLOCK", stored.getString("policy"));

        ManagementInformationPage management = ManagementInformationPage.open(browser, base).showInstitution(name);
        assertEquals("12.345,50 kr.", management.keyFigure("budget"));
        assertEquals("12.345,50 kr.", management.keyFigure("budgetRemaining"));
    }
}
