package dk.kompetence.web.ui.mine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;

/**
 * Kalenderfil: the meetings of one enrolment as iCalendar events (RFC 5545), one VEVENT per
 * meeting, in Danish time. The UID names the enrolment and the meeting, so downloading the file
 * again after a change updates the events in the user's calendar instead of adding copies.
 */
public final class CalendarFile {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    /** One meeting (mødegang) as the calendar needs it. */
    public record Event(long meetingId, LocalDate date, LocalTime start, LocalTime end, String venue,
                        String onlineLink) {
    }

    private CalendarFile() {
    }

    /** description: the text for the event body, e.g. "Hold NEST-01-H1". */
    public static String of(long enrolmentId, String title, String description, List<Event> events) {
        Calendar calendar = new Calendar().withProdId("-//Kompetence//Kompetenceudvikling//DA").withDefaults()
                .withProperty(ImmutableMethod.PUBLISH).withComponent(danishTime()).getFluentTarget();
        for (Event e : events) {
            VEvent event = new VEvent(e.date().atTime(e.start()).atZone(DANISH_TIME),
                    e.date().atTime(e.end()).atZone(DANISH_TIME), title);
            event.add(new Uid("kompetence-tilmelding-" + enrolmentId + "-moede-" + e.meetingId() + "@kompetence"));
            String place = e.venue() == null || e.venue().isBlank() ? e.onlineLink() : e.venue();
            if (place != null) {
                event.add(new Location(place));
            }
            boolean alsoOnline = place != null && !place.equals(e.onlineLink()) && e.onlineLink() != null;
            event.add(new Description(alsoOnline ? description + "\n" + e.onlineLink() : description));
            calendar.add(event);
        }
        return calendar.toString();
    }

    /**
     * VTIMEZONE for the TZID the events use. Not ical4j's bundled definition: it is Berlin's under
     * the TZID Europe/Berlin (tzdata links Copenhagen to Berlin), which would not match the events.
     * The EU rules since 1996 are all a course calendar needs.
     */
    private static VTimeZone danishTime() {
        Standard winter = new Standard(new PropertyList(List.of(new TzName("CET"),
                new TzOffsetFrom(ZoneOffset.ofHours(2)), new TzOffsetTo(ZoneOffset.ofHours(1)),
                new DtStart<>(LocalDateTime.of(1996, 10, 27, 3, 0)), new RRule<>("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))));
        Daylight summer = new Daylight(new PropertyList(List.of(new TzName("CEST"),
                new TzOffsetFrom(ZoneOffset.ofHours(1)), new TzOffsetTo(ZoneOffset.ofHours(2)),
                new DtStart<>(LocalDateTime.of(1996, 3, 31, 2, 0)), new RRule<>("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"))));
        return new VTimeZone(new PropertyList(List.of(new TzId(DANISH_TIME.getId()))),
                new ComponentList<Observance>(List.of(winter, summer)));
    }
}
