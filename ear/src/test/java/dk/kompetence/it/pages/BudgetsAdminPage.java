package dk.kompetence.it.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** HR's budgets per institution and year, and the substitute rates. */
public class BudgetsAdminPage extends Page {

    public BudgetsAdminPage(WebDriver browser) {
        super(browser);
    }

    public static BudgetsAdminPage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "admin-budgets.xhtml");
        return new BudgetsAdminPage(browser);
    }

    /** Sets the institution's budget for the year shown; the amount as a Danish reader types it ("12345,50"). */
    public BudgetsAdminPage setBudget(String institution, String amount, String policy) {
        chooseContaining("budget:institution", institution);
        type("budget:amount_input", amount);
        choose("budget:policy", policy);
        click(find("[id='budget:save']"));
        return this;
    }

    public String amountMessage() {
        return messageOf("budget:amount-message");
    }

    public List<String> budgets() {
        return rows("budgets:table").stream().map(WebElement::getText).toList();
    }
}
