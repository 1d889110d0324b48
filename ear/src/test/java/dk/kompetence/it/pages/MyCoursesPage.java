package dk.kompetence.it.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Mine kurser: the employee's enrolments. */
public class MyCoursesPage extends Page {

    public MyCoursesPage(WebDriver browser) {
        super(browser);
    }

    public static MyCoursesPage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "mine.xhtml");
        return new MyCoursesPage(browser);
    }

    /** Asks to cancel the enrolment on the session, which opens the confirmation dialog. */
    public MyCoursesPage askToCancel(String sessionCode) {
        click(cancelButton(sessionCode));
        confirmDialog();
        return this;
    }

    public WebElement cancelButton(String sessionCode) {
        return rowContaining("mine:current", sessionCode).findElement(By.cssSelector("button[id$=':cancel']"));
    }

    /** The address of the calendar file offered for the enrolment on the session. */
    public String calendarLink(String sessionCode) {
        return rowContaining("mine:current", sessionCode).findElement(By.cssSelector("a[href*='/calendar/']"))
                .getAttribute("href");
    }
}
