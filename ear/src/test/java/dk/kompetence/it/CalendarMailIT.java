package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calendar invitations as they arrive in a mailbox (GreenMail, see {@link MailServer}), and the
 * private calendar feed, over real HTTP and SMTP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarMailIT {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final long MAIL_WAIT_MILLIS = 60_000;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    final URL base = Http.APPLICATION;

    @Test
    void anEnrolmentIsInvitedUpdatedAndCancelledWithOneStableUidPerMeeting() throws Exception {
        Api api = new Api(base);
        String email = address(api, "mette");
        long person = api.employee(api.institutionWithoutApproval(), "Mette", email);
        LocalDate day = api.dayAhead(11);
        String title = "Neuroaffektiv udviklingspsykologi – " + api.unique("K");
        long session = session(api, api.publishedModule(title, "NEUROAFFECTIVE", false), 10, day, day.plusDays(7));
        JsonObject enrolment = api.enrol(session, person, 201);
        assertEquals("CONFIRMED", enrolment.getString("status"));
        List<Long> meetings = api.getObject("sessions/" + session).getJsonArray("meetings").stream()
                .map(m -> ((JsonObject) m).getJsonNumber("id").longValue()).toList();

        List<MimeMessage> invitations = mailsTo(email, 2);
        Map<String, VEvent> invited = invitations.stream().map(m -> event(m, "REQUEST"))
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity()));
        assertEquals(Set.of(uid(meetings.get(0)), uid(meetings.get(1))), invited.keySet(), "one mail per meeting");
        VEvent first = invited.get(uid(meetings.get(0)));
        assertEquals(0, first.getSequence().getSequenceNo());
        assertEquals(title, first.getSummary().getValue());
        assertEquals("mailto:" + email, first.getProperty("ATTENDEE").orElseThrow().getValue());
        assertTrue(first.getOrganizer().getValue().startsWith("mailto:"));
        assertEquals("Europe/Copenhagen", first.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue());
        assertEquals(day.atTime(8, 0).atZone(DANISH_TIME).toInstant(), start(first).toInstant());
        assertTrue(invitations.stream().allMatch(m -> subject(m).startsWith("Invitation: ")));

        HttpResponse<String> current = api.get("sessions/" + session);
        HttpResponse<String> moved = api.put("sessions/" + session + "/meetings/" + meetings.get(0),
                current.headers().firstValue("ETag").orElseThrow(), """
                        {"date":"%s","start":"12:00","end":"15:00","venue":"Rådhuset, mødelokale 3"}""".formatted(day));
        assertEquals(200, moved.statusCode(), moved.body());

        MimeMessage updateMail = mailsTo(email, 3).stream().filter(m -> subject(m).startsWith("Ændret: ")).findFirst()
                .orElseThrow();
        VEvent update = event(updateMail, "REQUEST");
        assertEquals(uid(meetings.get(0)), update.getUid().orElseThrow().getValue(), "the same event, updated");
        assertEquals(1, update.getSequence().getSequenceNo());
        assertEquals(day.atTime(12, 0).atZone(DANISH_TIME).toInstant(), start(update).toInstant());
        assertEquals("Rådhuset, mødelokale 3", update.getLocation().getValue());

        assertEquals(200, api.post("enrolments/" + enrolment.getJsonNumber("id") + "/cancel", "").statusCode());
        Map<String, VEvent> cancelled = mailsTo(email, 5).stream().filter(m -> method(m).equals("CANCEL"))
                .map(m -> event(m, "CANCEL"))
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity()));
        assertEquals(invited.keySet(), cancelled.keySet(), "the cancellations name the invited events");
        assertEquals(2, cancelled.get(uid(meetings.get(0))).getSequence().getSequenceNo(), "invited, moved, cancelled");
        assertEquals(1, cancelled.get(uid(meetings.get(1))).getSequence().getSequenceNo(), "invited, cancelled");
    }

    @Test
    void aCancelledSessionCancelsEveryoneWithASeatAndNobodyOnTheWaitlistGetsACalendarMail() throws Exception {
        Api api = new Api(base);
        long institution = api.institutionWithoutApproval();
        List<String> seated = List.of(address(api, "anna"), address(api, "bo"));
        String waiting = address(api, "carl");
        LocalDate day = api.dayAhead(12);
        long session = session(api, api.publishedModule("Pædagogisk analyse – " + api.unique("P"), "PEDAGOGICAL_ANALYSIS",
                false), 2, day);
        for (String email : seated) {
            assertEquals("CONFIRMED", api.enrol(session, api.employee(institution, "Deltager", email), 201).getString("status"));
        }
        assertEquals("WAITLISTED", api.enrol(session, api.employee(institution, "Venter", waiting), 201).getString("status"));
        String meeting = uid(api.getObject("sessions/" + session).getJsonArray("meetings").getJsonObject(0)
                .getJsonNumber("id").longValue());
        for (String email : seated) {
            assertEquals(meeting, event(mailsTo(email, 1).get(0), "REQUEST").getUid().orElseThrow().getValue());
        }

        assertEquals(200, api.post("sessions/" + session + "/cancel", "").statusCode());

        for (String email : seated) {
            // The invitation, the cancellation of its event, and the message that the session is cancelled.
            List<MimeMessage> mails = mailsTo(email, 3);
            List<VEvent> cancellations = mails.stream().filter(m -> method(m).equals("CANCEL")).map(m -> event(m, "CANCEL")).toList();
            assertEquals(1, cancellations.size(), email);
            assertEquals(meeting, cancellations.get(0).getUid().orElseThrow().getValue());
            assertEquals(1, cancellations.get(0).getSequence().getSequenceNo());
        }
        List<MimeMessage> toWaiting = mailsTo(waiting, 1);
        assertTrue(subject(toWaiting.get(0)).startsWith("Aflyst"), subject(toWaiting.get(0)));
        assertTrue(toWaiting.stream().allMatch(m -> method(m).isEmpty()), "no calendar mail without a seat");
    }

    @Test
    void theFeedShowsConfirmedMeetingsWithoutSignInAndANewAddressRetiresTheOldOne() throws Exception {
        Api api = new Api(base);
        LocalDate day = api.dayAhead(13);
        long session = session(api, api.publishedModule("Samarbejde med familierne – " + api.unique("F"), "NEST", false),
                10, day);
        JsonObject enrolment = api.enrol(session, api.personOf("medarbejder"), 201);
        assertEquals("CONFIRMED", enrolment.getString("status"));
        String meeting = uid(api.getObject("sessions/" + session).getJsonArray("meetings").getJsonObject(0)
                .getJsonNumber("id").longValue());

        String feed = feedAddress("medarbejder", "me/calendar-feed", "GET");
        HttpResponse<String> subscribed = anonymous(feed);
        assertEquals(200, subscribed.statusCode(), subscribed.body());
        assertTrue(subscribed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Calendar calendar = parse(subscribed.body());
        assertEquals("PUBLISH", calendar.getMethod().getValue());
        assertTrue(uids(calendar).contains(meeting), "the confirmed meeting is in the feed");
        assertEquals(feed, feedAddress("medarbejder", "me/calendar-feed", "GET"), "the address stays until renewed");

        assertEquals(200, api.post("enrolments/" + enrolment.getJsonNumber("id") + "/cancel", "").statusCode());
        assertFalse(uids(parse(anonymous(feed).body())).contains(meeting), "a cancelled enrolment leaves the feed");

        String renewed = feedAddress("medarbejder", "me/calendar-feed/renew", "POST");
        assertNotEquals(feed, renewed);
        HttpResponse<String> old = anonymous(feed);
        assertEquals(404, old.statusCode());
        assertFalse(old.body().contains("VCALENDAR"));
        assertEquals(200, anonymous(renewed).statusCode());
        HttpResponse<String> unknown = anonymous(feed.replaceFirst("/calendar/[^/]+\\.ics$", "/calendar/" + "A".repeat(43) + ".ics"));
        assertEquals(404, unknown.statusCode(), "an unknown token is just a missing page");
        assertFalse(unknown.body().contains("VCALENDAR"));
    }

    /** A session with one meeting of an hour early in the morning on each day given, open for enrolment. */
    private static long session(Api api, long module, int capacity, LocalDate... days) {
        String meetings = Arrays.stream(days).map(d -> """
                {"date":"%s","start":"08:00","end":"09:00","venue":"Rådhuset, mødelokale 2"}""".formatted(d))
                .collect(Collectors.joining(","));
        return api.postObject("sessions", """
                {"moduleId":%d,"code":"%s","capacity":%d,"enrolmentDeadline":"%s","cancellationDeadline":"%s",
                 "meetings":[%s],"openForEnrolment":true}"""
                .formatted(module, api.unique("CAL"), capacity, days[0].minusDays(7), days[0].minusDays(3), meetings),
                201).getJsonNumber("id").longValue();
    }

    private static String address(Api api, String name) {
        return api.unique(name).toLowerCase() + "@kommune.dk";
    }

    private static String uid(long meetingId) {
        return "kompetence-moede-" + meetingId + "@kompetence.local";
    }

    private String feedAddress(String user, String path, String method) {
        HttpResponse<String> response = Http.send(Http.request(Http.resolve(base, "api/v1/" + path), user)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, response.statusCode(), response.body());
        return Http.<JsonObject>json(response).getString("url");
    }

    private static HttpResponse<String> anonymous(String address) {
        return Http.send(HttpRequest.newBuilder(URI.create(address)).GET().build());
    }

    /**
     * The mails GreenMail received for the address, once there are at least that many (the server
     * sends right after each change commits); fails when more arrive than expected.
     */
    private static List<MimeMessage> mailsTo(String address, int count) throws InterruptedException {
        long giveUp = System.currentTimeMillis() + MAIL_WAIT_MILLIS;
        List<MimeMessage> received = received(address);
        while (received.size() < count && System.currentTimeMillis() < giveUp) {
            Thread.sleep(200);
            received = received(address);
        }
        assertEquals(count, received.size(), "mails to " + address);
        return received;
    }

    private static List<MimeMessage> received(String address) {
        return Arrays.stream(MailServer.greenMail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The iTIP method of a calendar mail's text/calendar part, empty for a plain message. */
    private static String method(MimeMessage mail) {
        try {
            if (!mail.isMimeType("multipart/alternative")) {
                return "";
            }
            ContentType type = new ContentType(((MimeMultipart) mail.getContent()).getBodyPart(1).getContentType());
            return type.getParameter("method");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one event of a calendar mail: text first, then text/calendar with the method, as Outlook expects. */
    private static VEvent event(MimeMessage mail, String method) {
        try {
            assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
            MimeMultipart alternative = (MimeMultipart) mail.getContent();
            assertEquals(2, alternative.getCount());
            assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
            BodyPart part = alternative.getBodyPart(1);
            ContentType type = new ContentType(part.getContentType());
            assertEquals("text/calendar", type.getBaseType());
            assertEquals(method, type.getParameter("method"));
            Calendar calendar = parse(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(method, calendar.getMethod().getValue());
            assertTrue(calendar.getComponent("VTIMEZONE").isPresent());
            List<VEvent> events = calendar.getComponents("VEVENT");
            assertEquals(1, events.size());
            return events.get(0);
        } catch (MessagingException | IOException | ParserException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Calendar parse(String text) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static Set<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().orElseThrow().getValue())
                .collect(Collectors.toSet());
    }

    private static ZonedDateTime start(VEvent event) {
        return (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
    }
}
