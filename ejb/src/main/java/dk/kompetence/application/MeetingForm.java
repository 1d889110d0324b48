package dk.kompetence.application;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

public record MeetingForm(
        @NotNull LocalDate date,
        @NotNull LocalTime start,
        @NotNull LocalTime end,
        @Size(max = 200) String venue,
        @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "{kompetence.url}") String onlineLink) {

    @AssertTrue(message = "{kompetence.meeting.time}")
    public boolean isEndAfterStart() {
        return start == null || end == null || end.isAfter(start);
    }

    @AssertTrue(message = "{kompetence.meeting.place}")
    public boolean isPlaced() {
        return (venue != null && !venue.isBlank()) || (onlineLink != null && !onlineLink.isBlank());
    }
}
