package dk.kompetence.application;

import dk.kompetence.domain.session.TeamMode;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A leader enrols a team (co-teaching pair, class team, a whole institution) in the order given. */
public record TeamEnrolmentRequest(
        @NotNull Long sessionId,
        @NotEmpty @Size(max = 500) List<@NotNull Long> personIds,
        @NotNull TeamMode mode) {
}
