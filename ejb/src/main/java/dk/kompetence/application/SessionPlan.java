package dk.kompetence.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A new session (hold) of a module: its meetings, seats and deadlines, seats reserved per institution. */
public record SessionPlan(
        @NotNull Long moduleId,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9ÆØÅæøå._-]+", message = "{kompetence.code}") String code,
        @Min(1) @Max(1000) int capacity,
        @NotNull LocalDate enrolmentDeadline,
        @NotNull LocalDate cancellationDeadline,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid MeetingForm> meetings,
        @Size(max = 300) String educators,
        @Size(max = 50) Map<@NotNull Long, @NotNull @Min(1) @Max(1000) Integer> reservedSeats,
        boolean openForEnrolment) {
}
