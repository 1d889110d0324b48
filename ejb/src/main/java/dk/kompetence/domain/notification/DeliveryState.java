package dk.kompetence.domain.notification;

/** Where an outbox message stands on its way to the person's mailbox. */
public enum DeliveryState {
    PENDING,
    /** Claimed by one server, which is sending it now. */
    SENDING,
    SENT,
    /** Never mailed: the person has no e-mail address (or the message predates mail delivery). */
    SKIPPED,
    /** Given up after repeated errors from the mail server. */
    FAILED
}
