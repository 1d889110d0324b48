package dk.kompetence.it.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Mine kurser: the employee's enrolments. */
public class MyCoursesPage extends Page {

    public MyCoursesPage(WebDriver browser) {
        super(browser);
    }

    public static MyCoursesPage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "mine.xhtml");
        return new MyCoursesPage(browser);
    }

    /** The address of the calendar file offered for the enrolment on the session. */
    public String calendarLink(String sessionCode) {
        return rowContaining("mine:current", sessionCode).findElement(By.cssSelector("a[href*='/calendar/']"))
                .getAttribute("href");
    }
}
