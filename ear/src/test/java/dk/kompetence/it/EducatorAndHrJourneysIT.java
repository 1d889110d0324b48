package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.it.pages.CataloguePage;
import dk.kompetence.it.pages.InstitutionsPage;
import dk.kompetence.it.pages.MyCoursesPage;
import dk.kompetence.it.pages.PeoplePage;
import dk.kompetence.it.pages.ProviderSessionsPage;
import dk.kompetence.it.pages.SessionsAdminPage;
import dk.kompetence.it.pages.SignInPage;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The educator's sessions and participants, HR's institutions and sessions, and the employee's
 * calendar file, in headless Chromium with screenshots in target/screenshots. Attendance itself
 * needs a session that has started, which a test cannot wait for: AttendanceIT records it with a
 * settable clock; here the sheet is shown and refused before the start.
 */
class EducatorAndHrJourneysIT extends BrowserTest {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Test
    void educatorPlansASessionWithTwoMeetingsAndSeesItListed() {
        String title = "Neuroaffektiv tilgang i vuggestuen – " + api.unique("B");
        api.publishedModule(title, "NEUROAFFECTIVE", false, api.educatorsProvider());
        String code = api.unique("NA");
        LocalDate first = api.dayAhead(14);

        SignInPage.open(browser, base).as("educator");
        ProviderSessionsPage page = ProviderSessionsPage.open(browser, base).planFor(title)
                .session(code, 12, first.minusDays(14), first.minusDays(7))
                .meeting(0, first, "09:00", "15:30", "Kulturhuset, sal 2", null)
                .addMeeting();
        assertEquals(2, page.meetingRows());
        page.meeting(1, first.plusDays(7), null, null, "", "https://møde.kommune.dk/na-2").plan();

        assertTrue(page.messages().contains("Holdet " + code + " af " + title + " er planlagt"), page.messages());
        assertEquals(1, page.meetingRows(), "the form starts over");
        page.showModule(title);
        assertEquals(List.of(code), page.sessionCodes());
        assertEquals("0 / 12", page.seats(code));
        assertEquals("Åben for tilmelding", page.status(code));
        page.screenshot("provider-sessions");
    }

    @Test
    void planningShowsDanishMessagesNextToTheFieldAndTheMeeting() {
        String title = "Marte Meo i dagplejen – " + api.unique("B");
        api.publishedModule(title, "MARTE_MEO", false, api.educatorsProvider());
        LocalDate day = api.dayAhead(15);

        SignInPage.open(browser, base).as("educator");
        ProviderSessionsPage page = ProviderSessionsPage.open(browser, base).planFor(title)
                .session("", 10, day.minusDays(10), day.minusDays(5))
                .meeting(0, day, "15:00", "14:00", "Rådhuset", null).plan();

        assertEquals("skal udfyldes", page.planMessage("code"));
        assertEquals("sluttidspunktet skal ligge efter starttidspunktet", page.planMessage("meetings:0:end"));
        assertEquals("", page.planMessage("meetings:0:start"));
        assertEquals("", page.planMessage("capacity"));
        page.screenshot("provider-sessions-validation");
    }

    @Test
    void educatorSeesOnlyNameInstitutionAndRoleOfParticipants() {
        String title = "Løsningsfokuseret tilgang for pædagoger – " + api.unique("B");
        long module = api.publishedModule(title, "SOLUTION_FOCUSED", false, api.educatorsProvider());
        String code = api.unique("LOEFT");
        long session = api.openSession(module, code, 10, api.dayAhead(16));
        long school = api.institutionWithoutApproval();
        String schoolName = api.getObject("institutions/" + school).getString("name");
        api.enrol(session, api.employee(school, "Kirsten"), 201);
        api.enrol(session, api.employee(school, "Åse"), 201);

        SignInPage.open(browser, base).as("educator");
        ProviderSessionsPage page = ProviderSessionsPage.open(browser, base).showModule(title);
        assertEquals("2 / 10", page.seats(code));
        page.participantsOf(code);

        assertEquals(List.of("Navn", "Institution", "Stilling"), page.participantColumns());
        assertEquals(List.of(List.of("Kirsten Østergård", schoolName, "Pædagog"),
                List.of("Åse Østergård", schoolName, "Pædagog")), page.participants());
        assertFalse(browser.getPageSource().contains("test@kommune.dk"), "no contact details for the educator");
        page.screenshot("provider-participants");

        page.attendance("Kirsten Østergård", "Gennemført").saveAttendance();
        assertTrue(page.messages().contains("Holdet er ikke startet endnu"), page.messages());
        assertEquals("2 / 10", page.seats(code));
    }

    @Test
    void hrCreatesAnInstitutionFixesABadPNumberAndIsToldWhenSomeoneElseChangedIt() {
        String name = "Børnehuset Solsikken " + api.unique("I");
        String pNumber = "%010d".formatted(System.currentTimeMillis() % 10_000_000_000L);

        SignInPage.open(browser, base).as("hr");
        InstitutionsPage page = InstitutionsPage.open(browser, base).fill(name, "Dagtilbud", "12345").save();
        assertEquals("skal være et P-nummer på 10 cifre", page.fieldMessage("pNumber"));
        page.screenshot("admin-institutions-validation");

        page.pNumber(pNumber).save();
        assertTrue(page.messages().contains("Institutionen " + name + " er gemt"), page.messages());
        assertEquals("", page.fieldMessage("pNumber"));
        assertEquals(pNumber, page.search(name).pNumberOf(name));
        page.screenshot("admin-institutions");

        page.edit(name);
        assertEquals("Rediger institution", page.formHeading());
        long id = api.getObject("institutions?text=" + pNumber).getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        changeCostCentreOverRest(id, "4711");
        page.costCentre("4712").save();
        assertTrue(page.messages().contains("er ændret af en anden"), page.messages());
    }

    @Test
    void hrRegistersAVolunteerWithOnlyWhatAVolunteerGivesAndFindsThem() {
        String lastName = "Frivillig " + api.unique("P");
        JsonObject association = api.getObject("institutions?type=ASSOCIATION&size=1").getJsonArray("items")
                .getJsonObject(0);

        SignInPage.open(browser, base).as("hr");
        PeoplePage page = PeoplePage.open(browser, base).volunteer("Ditte", lastName, association.getString("name"));
        assertFalse(page.asksForEmployeeFields(), "no hire date, role or employee number for a volunteer");
        page.create();
        assertEquals("en frivillig skal have samtykkedato og ingen stilling, lønnummer eller ansættelsesdato",
                page.fieldMessage("consentDate"));

        page.consentedOn(LocalDate.now().minusDays(2)).create();
        assertTrue(page.messages().contains("Ditte " + lastName + " er oprettet"), page.messages());
        assertEquals(List.of(List.of("Ditte " + lastName, "Frivillig", association.getString("name"), "")),
                page.search(lastName).found());
        page.screenshot("admin-people");

        page.edit(lastName).changeEmail("ikke-en-mail").saveChanges();
        assertEquals("skal være en gyldig e-mailadresse", page.editMessage("email"));
        page.changeEmail("ditte@example.dk").leavesOn(LocalDate.now()).saveChanges();
        assertTrue(page.messages().contains("Ditte " + lastName + " er gemt"), page.messages());
        JsonObject stored = api.getObject("people?text=" + lastName.replace(" ", "%20")).getJsonArray("items")
                .getJsonObject(0);
        assertEquals("ditte@example.dk", stored.getString("email"));
        assertEquals(LocalDate.now().toString(), stored.getString("endDate"));
    }

    @Test
    void hrCancelsASessionAndItsEnrolmentsAreCancelled() {
        String title = "Co-teaching i indskolingen – " + api.unique("B");
        long module = api.publishedModule(title, "CO_TEACHING", false);
        String code = api.unique("CT");
        long session = api.openSession(module, code, 5, api.dayAhead(17));
        long enrolment = api.enrol(session, api.employee(api.institutionWithoutApproval(), "Bente"), 201)
                .getJsonNumber("id").longValue();

        SignInPage.open(browser, base).as("hr");
        SessionsAdminPage page = SessionsAdminPage.open(browser, base).showModule(title);
        assertEquals("Åben for tilmelding", page.status(code));
        page.screenshot("admin-sessions");
        page.cancel(code);

        assertTrue(page.messages().contains("Holdet " + code + " er aflyst"), page.messages());
        assertEquals("Aflyst", page.status(code));
        assertFalse(page.canCancel(code));
        assertEquals("CANCELLED", api.getObject("enrolments/" + enrolment).getString("status"));
    }

    @Test
    void aConfirmedEnrolmentsCalendarFileDownloadsForItsOwnerOnly() throws Exception {
        String title = "Relationskompetence i praksis – " + api.unique("B");
        String code = api.unique("RK");
        LocalDate day = api.dayAhead(10);
        long session = api.openSession(api.publishedModule(title, "RELATIONAL_COMPETENCE", false), code, 10, day);

        SignInPage.open(browser, base).as("employee");
        CataloguePage.open(browser, base).search(title).open(title).enrol(code);
        String link = MyCoursesPage.open(browser, base).calendarLink(code);
        String cookie = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();

        HttpResponse<String> file = download(link, cookie);
        assertEquals(200, file.statusCode(), file.body());
        assertEquals("text/calendar;charset=UTF-8", file.headers().firstValue("Content-Type").orElse("")
                .replace(" ", ""));
        Calendar calendar = new CalendarBuilder().build(new StringReader(file.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals(title, event.getSummary().getValue());
        assertEquals("Rådhuset, mødelokale 2", event.getLocation().getValue());
        assertTrue(event.getDescription().getValue().contains(code));
        ZonedDateTime start = (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
        assertEquals(day.atTime(19, 0).atZone(DANISH_TIME).toInstant(), start.toInstant());
        assertEquals("Europe/Copenhagen", event.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue());

        HttpResponse<String> anonymous = download(link, "JSESSIONID=nobody");
        assertFalse(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
                "not signed in: the login page, never the file");
        JsonObject someoneElse = api.enrol(session, api.employee(api.institutionWithoutApproval(), "Gitte"), 201);
        String theirs = link.replaceFirst("/\\d+\\.ics$", "/" + someoneElse.getJsonNumber("id").longValue() + ".ics");
        assertEquals(404, download(theirs, cookie).statusCode(), "someone else's enrolment");
    }

    private void changeCostCentreOverRest(long institution, String costCentre) {
        HttpResponse<String> current = api.get("institutions/" + institution);
        JsonObject i = Http.json(current);
        HttpResponse<String> changed = api.put("institutions/" + institution,
                current.headers().firstValue("ETag").orElseThrow(), """
                        {"areaId":%d,"name":"%s","type":"%s","pNumber":"%s","costCentre":"%s","approvalRequired":%s}"""
                        .formatted(i.getJsonNumber("areaId").longValue(), i.getString("name"), i.getString("type"),
                                i.getString("pNumber"), costCentre, i.getBoolean("approvalRequired")));
        assertEquals(200, changed.statusCode(), changed.body());
    }

    private static HttpResponse<String> download(String link, String cookie) {
        return Http.send(HttpRequest.newBuilder(URI.create(link)).header("Cookie", cookie).GET().build());
    }
}
