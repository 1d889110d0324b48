package dk.kompetence.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record SessionChanges(
        @Min(1) @Max(1000) int capacity,
        @NotNull LocalDate enrolmentDeadline,
        @NotNull LocalDate cancellationDeadline,
        @Size(max = 300) String educators) {
}
