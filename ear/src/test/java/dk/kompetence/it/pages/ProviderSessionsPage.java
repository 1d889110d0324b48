package dk.kompetence.it.pages;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Udbyder: the educator's sessions, the participant list, the attendance sheet and the plan form. */
public class ProviderSessionsPage extends Page {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public ProviderSessionsPage(WebDriver browser) {
        super(browser);
    }

    public static ProviderSessionsPage open(WebDriver browser, URL base) {
        browser.get(base.toExternalForm() + "provider-sessions.xhtml");
        return new ProviderSessionsPage(browser);
    }

    public ProviderSessionsPage planFor(String moduleTitle) {
        chooseContaining("plan:module", moduleTitle);
        return this;
    }

    public ProviderSessionsPage session(String code, int capacity, LocalDate enrolmentDeadline,
                                        LocalDate cancellationDeadline) {
        type("plan:code", code);
        type("plan:capacity_input", Integer.toString(capacity));
        type("plan:enrolmentDeadline_input", DANISH_DATE.format(enrolmentDeadline));
        type("plan:cancellationDeadline_input", DANISH_DATE.format(cancellationDeadline));
        return this;
    }

    /** Fills in meeting number index (0-based); null leaves a field as it is. */
    public ProviderSessionsPage meeting(int index, LocalDate date, String start, String end, String venue, String link) {
        String row = "plan:meetings:" + index + ":";
        if (date != null) {
            type(row + "date_input", DANISH_DATE.format(date));
        }
        if (start != null) {
            type(row + "start", start);
        }
        if (end != null) {
            type(row + "end", end);
        }
        if (venue != null) {
            type(row + "venue", venue);
        }
        if (link != null) {
            type(row + "link", link);
        }
        return this;
    }

    public ProviderSessionsPage addMeeting() {
        click(browser.findElement(By.id("plan:addMeeting")));
        return this;
    }

    public int meetingRows() {
        return findAll("#plan fieldset.meeting").size();
    }

    public ProviderSessionsPage plan() {
        click(browser.findElement(By.id("plan:planSession")));
        return this;
    }

    /** The message next to a plan field: "code", or "meetings:0:end" for a meeting's field. */
    public String planMessage(String field) {
        return messageOf("plan:" + field + "-message");
    }

    public ProviderSessionsPage showModule(String moduleTitle) {
        chooseContaining("sessions:moduleFilter", moduleTitle);
        return this;
    }

    public List<String> sessionCodes() {
        return rows("sessions:table").stream().map(r -> r.findElement(By.cssSelector("[id$=':code']")).getText()).toList();
    }

    public String seats(String code) {
        return rowContaining("sessions:table", code).findElement(By.cssSelector("[id$=':seats']")).getText();
    }

    public String status(String code) {
        return rowContaining("sessions:table", code).findElement(By.cssSelector(".status")).getText();
    }

    public ProviderSessionsPage participantsOf(String code) {
        click(rowContaining("sessions:table", code).findElement(By.cssSelector("button[id$=':show']")));
        return this;
    }

    public List<String> participantColumns() {
        return findAll("[id='participants:table'] thead th").stream().map(WebElement::getText).toList();
    }

    /** Each participant as the cells of their row. */
    public List<List<String>> participants() {
        return rows("participants:table").stream()
                .map(r -> r.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }

    public ProviderSessionsPage attendance(String name, String choice) {
        WebElement row = rowContaining("attendance:rows", name);
        click(row.findElement(By.xpath(".//label[normalize-space()='" + choice + "']")));
        return this;
    }

    public ProviderSessionsPage saveAttendance() {
        click(browser.findElement(By.id("attendance:save")));
        return this;
    }
}
