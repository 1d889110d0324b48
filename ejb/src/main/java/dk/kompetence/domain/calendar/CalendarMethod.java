package dk.kompetence.domain.calendar;

/**
 * The iTIP methods we use (RFC 5546): an invitation or its update (a higher SEQUENCE), and a
 * cancellation of the same UID, both mailed; PUBLISH for the feed and the downloaded file.
 */
public enum CalendarMethod {
    REQUEST,
    CANCEL,
    PUBLISH
}
