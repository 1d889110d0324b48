package dk.kompetence.web.ui.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    private static final LocalDate SUMMER = LocalDate.of(2027, 6, 10);
    private static final LocalDate WINTER = LocalDate.of(2027, 12, 2);

    @Test
    void oneEventPerMeetingInDanishTimeSummerAndWinter() throws Exception {
        Calendar calendar = parse(CalendarFile.of(41, "NEST: Det fælles pædagogiske grundlag", "Hold NEST-01-H1", List.of(
                new CalendarFile.Event(7, SUMMER, LocalTime.of(9, 0), LocalTime.of(15, 0), "Kulturhuset, sal 1", null),
                new CalendarFile.Event(8, WINTER, LocalTime.of(19, 0), LocalTime.of(21, 0), null, "https://møde.kp.dk/nest"))));
        calendar.validate();

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        VEvent summer = events.get(0);
        assertEquals("NEST: Det fælles pædagogiske grundlag", summer.getSummary().getValue());
        assertEquals("kompetence-tilmelding-41-moede-7@kompetence", summer.getUid().orElseThrow().getValue());
        assertEquals("Kulturhuset, sal 1", summer.getLocation().getValue());
        assertEquals("Hold NEST-01-H1", summer.getDescription().getValue());
        assertEquals(SUMMER.atTime(7, 0).atZone(ZoneId.of("UTC")).toInstant(), start(summer).toInstant(), "CEST is UTC+2");

        VEvent winter = events.get(1);
        assertEquals("https://møde.kp.dk/nest", winter.getLocation().getValue(), "online: the link is the place");
        assertEquals(WINTER.atTime(18, 0).atZone(ZoneId.of("UTC")).toInstant(), start(winter).toInstant(), "CET is UTC+1");
    }

    @Test
    void aMeetingWithBothVenueAndLinkGivesTheLinkInTheDescription() throws Exception {
        VEvent event = parse(CalendarFile.of(1, "Marte Meo", "Hold MM-1", List.of(new CalendarFile.Event(2, SUMMER,
                LocalTime.of(9, 0), LocalTime.of(10, 0), "Rådhuset", "https://møde.kommune.dk/mm"))))
                .<VEvent>getComponents("VEVENT").get(0);

        assertEquals("Rådhuset", event.getLocation().getValue());
        assertEquals("Hold MM-1\nhttps://møde.kommune.dk/mm", event.getDescription().getValue());
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static ZonedDateTime start(VEvent event) {
        return (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
    }
}
