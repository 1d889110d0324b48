package dk.kompetence.infrastructure.mail;

import dk.kompetence.domain.notification.DeliveryState;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The outbox as the delivery job sees it, each step in its own short transaction. A message is
 * claimed with a conditional UPDATE that only one caller can win (the row must still be due), so
 * several servers may run the job over the same table: each message is sent by the one that
 * claimed it. A claim left by a server that died while sending is taken over after
 * {@link #ABANDONED_CLAIM}; that message may then arrive twice, which calendars absorb (same UID
 * and SEQUENCE).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Outbox {

    static final Duration ABANDONED_CLAIM = Duration.ofMinutes(10);
    /** With the back-off below, about two days of retries. */
    static final int MAX_ATTEMPTS = 12;

    private static final String DUE = "((n.state = :pending AND (n.nextAttemptAt IS NULL OR n.nextAttemptAt <= :now)) "
            + "OR (n.state = :sending AND n.claimedAt < :abandoned))";

    @Inject
    EntityManager entityManager;

    public List<Long> due(LocalDateTime now, int limit) {
        return entityManager.createQuery("SELECT n.id FROM Notification n WHERE " + DUE + " ORDER BY n.id", Long.class)
                .setParameter("pending", DeliveryState.PENDING).setParameter("sending", DeliveryState.SENDING)
                .setParameter("now", now).setParameter("abandoned", now.minus(ABANDONED_CLAIM))
                .setMaxResults(limit).getResultList();
    }

    /** The message, if this caller won it; claimedAt then identifies the claim in {@link #sent} and {@link #failed}. */
    public Optional<OutgoingMail> claim(long id, LocalDateTime claimedAt) {
        int won = entityManager.createQuery("UPDATE Notification n SET n.state = :sending, n.claimedAt = :now "
                        + "WHERE n.id = :id AND " + DUE)
                .setParameter("id", id).setParameter("pending", DeliveryState.PENDING)
                .setParameter("sending", DeliveryState.SENDING).setParameter("now", claimedAt)
                .setParameter("abandoned", claimedAt.minus(ABANDONED_CLAIM)).executeUpdate();
        if (won != 1) {
            return Optional.empty();
        }
        return Optional.of(entityManager.createQuery("SELECT NEW dk.kompetence.infrastructure.mail.OutgoingMail("
                        + "n.id, n.recipient, n.subject, n.body, n.calendarMethod, n.calendar) "
                        + "FROM Notification n WHERE n.id = :id", OutgoingMail.class)
                .setParameter("id", id).getSingleResult());
    }

    public void sent(long id, LocalDateTime claimedAt, LocalDateTime now) {
        entityManager.createQuery("UPDATE Notification n SET n.state = :sent, n.sentAt = :now "
                        + "WHERE n.id = :id AND n.state = :sending AND n.claimedAt = :claimedAt")
                .setParameter("sent", DeliveryState.SENT).setParameter("now", now).setParameter("id", id)
                .setParameter("sending", DeliveryState.SENDING).setParameter("claimedAt", claimedAt).executeUpdate();
    }

    /** Tries again later, waiting longer each time (1, 2, 4 … minutes, at most 6 hours), and gives up in the end. */
    public void failed(long id, LocalDateTime claimedAt, LocalDateTime now) {
        int attempts = entityManager.createQuery("SELECT n.attempts FROM Notification n WHERE n.id = :id", Integer.class)
                .setParameter("id", id).getSingleResult() + 1;
        long wait = Math.min(Duration.ofHours(6).toMinutes(), 1L << Math.min(attempts - 1, 20));
        entityManager.createQuery("UPDATE Notification n SET n.state = :state, n.attempts = :attempts, "
                        + "n.nextAttemptAt = :retry WHERE n.id = :id AND n.state = :sending AND n.claimedAt = :claimedAt")
                .setParameter("state", attempts >= MAX_ATTEMPTS ? DeliveryState.FAILED : DeliveryState.PENDING)
                .setParameter("attempts", attempts).setParameter("retry", now.plusMinutes(wait))
                .setParameter("id", id).setParameter("sending", DeliveryState.SENDING)
                .setParameter("claimedAt", claimedAt).executeUpdate();
    }
}
