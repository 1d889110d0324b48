package dk.kompetence.domain.session;

import java.time.LocalDate;

/** from/to filter on the session's first day; withFreeSeats: open, not started, a seat free. */
public record SessionSearch(Long moduleId, Long providerId, SessionStatus status, LocalDate from, LocalDate to,
                            boolean withFreeSeats) {
}
