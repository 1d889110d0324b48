package dk.kompetence.application;

import dk.kompetence.domain.person.JobRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An edit of a person; endDate set means the person has left (memberships end, history stays). */
public record PersonChanges(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 ]{8,20}", message = "{kompetence.phone}") String phone,
        JobRole role,
        LocalDate endDate) {
}
