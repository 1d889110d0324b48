package dk.kompetence.domain.calendar;

import java.net.URI;
import java.time.LocalDateTime;
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
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * iCalendar (RFC 5545) for meetings, in one place for the mailed invitations, the calendar feed
 * and the downloaded file. Each meeting is one VEVENT in Danish time (TZID Europe/Copenhagen with
 * its VTIMEZONE) whose UID names only the meeting, so an invitation, its updates, its
 * cancellation, the feed and the file all speak of the same event.
 *
 * <p>A mailed message (iMIP, RFC 6047) holds one event only: Outlook ignores every VEVENT after
 * the first in a REQUEST or CANCEL ([MS-STANOICAL] 2.2.175).
 */
public final class CalendarDocument {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";
    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    /** Fixed for good: a changed domain would make every calendar show each meeting twice. */
    static final String UID_DOMAIN = "kompetence.local";
    private static final String PRODUCT = "-//Kompetence//Kompetenceudvikling//DA";

    /** A person in a calendar message: their address and the name calendars show. */
    public record Party(String email, String name) {
    }

    /** An event with the SEQUENCE of the last message the person got about it. */
    public record Published(MeetingEvent event, int sequence) {
    }

    private CalendarDocument() {
    }

    public static String uid(long meetingId) {
        return "kompetence-moede-" + meetingId + "@" + UID_DOMAIN;
    }

    /** An invitation or its update (REQUEST) or its cancellation (CANCEL), to be mailed to the attendee. */
    public static String message(CalendarMethod method, MeetingEvent event, int sequence, Party organizer,
                                 Party attendee) {
        if (method == CalendarMethod.PUBLISH) {
            throw new IllegalArgumentException("A mailed message requests or cancels");
        }
        VEvent vevent = event(event, sequence);
        vevent.add(new Organizer(mailto(organizer)).add(new Cn(organizer.name())));
        vevent.add(new Attendee(mailto(attendee)).add(new Cn(attendee.name())).add(Role.REQ_PARTICIPANT)
                .add(PartStat.ACCEPTED).add(Rsvp.FALSE));
        vevent.add(method == CalendarMethod.CANCEL ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return calendar(method == CalendarMethod.CANCEL ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST, List.of(vevent));
    }

    /** The person's meetings to subscribe to or import (PUBLISH). */
    public static String publish(List<Published> events) {
        return calendar(ImmutableMethod.PUBLISH, events.stream().map(p -> {
            VEvent vevent = event(p.event(), p.sequence());
            vevent.add(ImmutableStatus.VEVENT_CONFIRMED);
            return vevent;
        }).toList());
    }

    /** Danish text for the event body and the mail: the session, which meeting it is, the online link. */
    public static String description(MeetingEvent event) {
        String which = event.of() > 1 ? ", mødegang " + event.number() + " af " + event.of() : "";
        boolean alsoOnline = event.venue() != null && event.onlineLink() != null;
        return "Hold " + event.sessionCode() + which + (alsoOnline ? "\nOnline: " + event.onlineLink() : "");
    }

    private static VEvent event(MeetingEvent event, int sequence) {
        VEvent vevent = new VEvent(event.date().atTime(event.start()).atZone(DANISH_TIME),
                event.date().atTime(event.end()).atZone(DANISH_TIME), event.title());
        vevent.add(new Uid(uid(event.meetingId())));
        vevent.add(new Sequence(sequence));
        if (event.place() != null) {
            vevent.add(new Location(event.place()));
        }
        vevent.add(new Description(description(event)));
        return vevent;
    }

    private static String calendar(net.fortuna.ical4j.model.property.Method method, List<VEvent> events) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().withProperty(method)
                .withComponent(danishTime()).getFluentTarget();
        events.forEach(calendar::add);
        return calendar.toString();
    }

    private static URI mailto(Party party) {
        return URI.create("mailto:" + party.email());
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
