package dk.kompetence.infrastructure.mail;

import dk.kompetence.domain.calendar.CalendarMethod;

/** An outbox message claimed for sending; calendar and method are null for a plain message. */
public record OutgoingMail(long id, String recipient, String subject, String body, CalendarMethod method,
                           String calendar) {
}
