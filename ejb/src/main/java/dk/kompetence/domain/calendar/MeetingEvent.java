package dk.kompetence.domain.calendar;

import dk.kompetence.domain.session.CourseSession;
import dk.kompetence.domain.session.Meeting;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One meeting (mødegang) as a calendar event: what a person's calendar shows of it. number and of
 * tell which meeting of the session it is ("mødegang 2 af 3").
 */
public record MeetingEvent(long meetingId, String title, String sessionCode, int number, int of, LocalDate date,
                           LocalTime start, LocalTime end, String venue, String onlineLink) {

    public MeetingEvent {
        Objects.requireNonNull(title);
        Objects.requireNonNull(sessionCode);
        Objects.requireNonNull(date);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
    }

    /** Every meeting of the session, in order. */
    public static List<MeetingEvent> of(CourseSession session) {
        List<Meeting> meetings = session.getMeetings();
        return Stream.iterate(0, i -> i < meetings.size(), i -> i + 1).map(i -> {
            Meeting m = meetings.get(i);
            return new MeetingEvent(m.getId(), session.getModule().getTitle(), session.getCode(), i + 1,
                    meetings.size(), m.getDate(), m.getStartTime(), m.getEndTime(), blankAsNull(m.getVenue()),
                    blankAsNull(m.getOnlineLink()));
        }).toList();
    }

    /** Where to go: the venue, or the online link for a meeting held only online. */
    public String place() {
        return venue != null ? venue : onlineLink;
    }

    /**
     * Changes whenever anything the event shows changes (time, place, title, its number), so an
     * unchanged meeting sends no update.
     */
    public String fingerprint() {
        String shown = Stream.of(title, sessionCode, number + "/" + of, date, start, end, venue, onlineLink)
                .map(String::valueOf).collect(Collectors.joining("\u001f"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(shown.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
