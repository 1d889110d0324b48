package dk.kompetence.application;

import jakarta.validation.constraints.NotNull;

public record EnrolmentRequest(@NotNull Long sessionId, @NotNull Long personId) {
}
