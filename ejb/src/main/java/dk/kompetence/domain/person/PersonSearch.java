package dk.kompetence.domain.person;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** activeOn: only people employed (or volunteering) on that date and belonging to the institution then. */
public record PersonSearch(@Size(max = 100) String text, PersonKind kind, JobRole role, Long institutionId,
                           LocalDate activeOn) {
}
