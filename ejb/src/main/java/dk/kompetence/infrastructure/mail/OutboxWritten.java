package dk.kompetence.infrastructure.mail;

/** A message went into the outbox: once its transaction commits, the delivery need not wait for its timer. */
public record OutboxWritten() {
}
