package dk.kompetence.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Attendance and completion for a whole session in one go (fremmøde og gennemførelse): one date
 * for everyone who completed, one line per participant.
 */
public record AttendanceSheet(
        @NotNull LocalDate completedOn,
        @NotNull @Size(max = 1000) List<@NotNull @Valid AttendanceLine> lines) {
}
