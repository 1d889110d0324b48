package dk.kompetence.domain.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** When a meeting takes place: one date, a start and an end time. */
public record TimeSlot(LocalDate date, LocalTime start, LocalTime end) {

    public TimeSlot {
        Objects.requireNonNull(date);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A meeting must end after it starts");
        }
    }

    public boolean overlaps(TimeSlot other) {
        return date.equals(other.date) && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
