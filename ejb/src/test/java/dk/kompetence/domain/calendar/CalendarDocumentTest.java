package dk.kompetence.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.domain.calendar.CalendarDocument.Party;
import dk.kompetence.domain.calendar.CalendarDocument.Published;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

class CalendarDocumentTest {

    private static final LocalDate SUMMER = LocalDate.of(2027, 6, 10);
    private static final LocalDate WINTER = LocalDate.of(2027, 12, 2);
    private static final Party ORGANIZER = new Party("kompetence@kommune.dk", "Kompetenceudvikling");
    private static final Party ATTENDEE = new Party("mette.oestergaard@kommune.dk", "Mette Østergård");

    private static MeetingEvent nest(long meetingId, int number, LocalDate date, LocalTime start, String venue,
                                     String link) {
        return new MeetingEvent(meetingId, "NEST: Det fælles pædagogiske grundlag", "NEST-01-H1", number, 2, date,
                start, start.plusHours(6), venue, link);
    }

    @Test
    void anInvitationIsOneEventInDanishTimeWithOrganizerAndAttendee() throws Exception {
        Calendar calendar = parse(CalendarDocument.message(CalendarMethod.REQUEST,
                nest(7, 1, SUMMER, LocalTime.of(9, 0), "Kulturhuset, sal 1", null), 0, ORGANIZER, ATTENDEE));
        calendar.validate();

        assertEquals("REQUEST", calendar.getMethod().getValue());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size(), "Outlook reads only the first event of an invitation");
        VEvent event = events.get(0);
        assertEquals("kompetence-moede-7@kompetence.local", event.getUid().orElseThrow().getValue());
        assertEquals("0", event.getSequence().getValue());
        assertEquals("NEST: Det fælles pædagogiske grundlag", event.getSummary().getValue());
        assertEquals("Kulturhuset, sal 1", event.getLocation().getValue());
        assertEquals("Hold NEST-01-H1, mødegang 1 af 2", event.getDescription().getValue());
        assertEquals("CONFIRMED", event.getStatus().getValue());
        assertEquals("mailto:kompetence@kommune.dk", event.getOrganizer().getValue());
        assertEquals("mailto:mette.oestergaard@kommune.dk", event.getProperty("ATTENDEE").orElseThrow().getValue());
        assertEquals("Mette Østergård",
                event.getProperty("ATTENDEE").orElseThrow().getParameter("CN").orElseThrow().getValue());
        assertEquals("Europe/Copenhagen", event.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue());
        assertEquals("Europe/Copenhagen", calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow()
                .getTimeZoneId().getValue(), "the VTIMEZONE the events name is in the file");
        assertEquals(SUMMER.atTime(7, 0).atZone(ZoneId.of("UTC")).toInstant(), start(event).toInstant(), "CEST is UTC+2");
    }

    @Test
    void anUpdateKeepsTheUidWithAHigherSequenceAndACancellationNamesTheSameUid() throws Exception {
        MeetingEvent first = nest(7, 1, SUMMER, LocalTime.of(9, 0), "Kulturhuset, sal 1", null);
        MeetingEvent moved = nest(7, 1, SUMMER.plusDays(1), LocalTime.of(10, 0), "Kulturhuset, sal 2", null);
        VEvent invited = only(parse(CalendarDocument.message(CalendarMethod.REQUEST, first, 0, ORGANIZER, ATTENDEE)));
        Calendar updateCalendar = parse(CalendarDocument.message(CalendarMethod.REQUEST, moved, 1, ORGANIZER, ATTENDEE));
        Calendar cancelCalendar = parse(CalendarDocument.message(CalendarMethod.CANCEL, moved, 2, ORGANIZER, ATTENDEE));
        cancelCalendar.validate();
        VEvent update = only(updateCalendar);
        VEvent cancel = only(cancelCalendar);

        assertEquals(invited.getUid(), update.getUid());
        assertEquals(invited.getUid(), cancel.getUid());
        assertEquals(1, update.getSequence().getSequenceNo());
        assertEquals(2, cancel.getSequence().getSequenceNo());
        assertEquals(SUMMER.plusDays(1).atTime(10, 0).atZone(CalendarDocument.DANISH_TIME).toInstant(),
                start(update).toInstant());
        assertEquals("CANCEL", cancelCalendar.getMethod().getValue());
        assertEquals("CANCELLED", cancel.getStatus().getValue());
    }

    @Test
    void theFeedPublishesEveryMeetingWithItsSequenceInWinterTimeToo() throws Exception {
        Calendar calendar = parse(CalendarDocument.publish(List.of(
                new Published(nest(7, 1, SUMMER, LocalTime.of(9, 0), "Kulturhuset, sal 1", null), 3),
                new Published(nest(8, 2, WINTER, LocalTime.of(19, 0), null, "https://møde.kp.dk/nest"), 0))));
        calendar.validate();

        assertEquals("PUBLISH", calendar.getMethod().getValue());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(List.of("kompetence-moede-7@kompetence.local", "kompetence-moede-8@kompetence.local"),
                events.stream().map(e -> e.getUid().orElseThrow().getValue()).toList());
        assertEquals(3, events.get(0).getSequence().getSequenceNo());
        assertTrue(events.get(0).getProperty("ATTENDEE").isEmpty(), "a feed invites nobody");
        VEvent winter = events.get(1);
        assertEquals("https://møde.kp.dk/nest", winter.getLocation().getValue(), "online only: the link is the place");
        assertEquals(WINTER.atTime(18, 0).atZone(ZoneId.of("UTC")).toInstant(), start(winter).toInstant(), "CET is UTC+1");
    }

    @Test
    void aMeetingWithBothVenueAndLinkGivesTheLinkInTheDescription() {
        MeetingEvent event = new MeetingEvent(2, "Marte Meo", "MM-1", 1, 1, SUMMER, LocalTime.of(9, 0),
                LocalTime.of(10, 0), "Rådhuset", "https://møde.kommune.dk/mm");

        assertEquals("Hold MM-1\nOnline: https://møde.kommune.dk/mm", CalendarDocument.description(event));
    }

    @Test
    void aMessageIsNeverPublished() {
        MeetingEvent event = nest(7, 1, SUMMER, LocalTime.of(9, 0), "Kulturhuset", null);
        assertThrows(IllegalArgumentException.class,
                () -> CalendarDocument.message(CalendarMethod.PUBLISH, event, 0, ORGANIZER, ATTENDEE));
    }

    @Test
    void theInvitationRecordCountsTheSequenceUpForEveryMessageAndSendsNothingWhenNothingChanged() {
        MeetingEvent event = nest(7, 1, SUMMER, LocalTime.of(9, 0), "Kulturhuset, sal 1", null);
        MeetingEvent moved = nest(7, 1, SUMMER, LocalTime.of(12, 0), "Kulturhuset, sal 1", null);
        CalendarInvitation invitation = new CalendarInvitation(41, event);
        assertEquals(0, invitation.getSequence());

        assertEquals(Optional.empty(), invitation.bringUpToDate(event, true), "unchanged: no mail");
        assertEquals(Optional.of(CalendarMethod.REQUEST), invitation.bringUpToDate(moved, true));
        assertEquals(1, invitation.getSequence());
        assertEquals(Optional.of(CalendarMethod.CANCEL), invitation.bringUpToDate(moved, false));
        assertEquals(2, invitation.getSequence());
        assertFalse(invitation.isInvited());
        assertEquals(Optional.empty(), invitation.bringUpToDate(moved, false), "cancelled once is enough");
        assertEquals(Optional.of(CalendarMethod.REQUEST), invitation.bringUpToDate(moved, true), "enrolled again");
        assertEquals(3, invitation.getSequence());
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent only(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static ZonedDateTime start(VEvent event) {
        return (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
    }
}
