package dk.kompetence.domain.session;

public enum SessionStatus {
    PLANNED,
    OPEN,
    FULL,
    RUNNING,
    COMPLETED,
    CANCELLED
}
