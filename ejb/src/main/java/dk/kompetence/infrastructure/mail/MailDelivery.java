package dk.kompetence.infrastructure.mail;

import dk.kompetence.infrastructure.Clocks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox through the JavaMail session java:jboss/mail/Kompetence (configured in the
 * server: see configure-server.cli). It runs right after a transaction that wrote to the outbox
 * commits, and on a timer for retries and for messages a stopped server left behind. Within one
 * server one run at a time; across servers the claims in {@link Outbox} keep a message from being
 * sent twice. It starts after {@code DatabaseMigration}: the outbox is a table the migrations make.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    private static final int BATCH = 50;
    /**
     * The wall clock, not the application's (tests move that one): claims and retries are compared
     * across servers and deployments sharing the outbox.
     */
    private static final Clock CLOCK = Clock.system(Clocks.DANISH_TIME);

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/mail/Kompetence")
    Session mail;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "kompetence.mail.interval-seconds", defaultValue = "60")
    int intervalSeconds;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = intervalSeconds * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Timeout
    void onTimer() {
        deliver();
    }

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        if (!requested.get()) {
            executor.execute(this::deliver);
        }
    }

    /** A request while a run is under way makes that run go round once more, so nothing waits for the timer. */
    void deliver() {
        requested.set(true);
        while (requested.get() && running.compareAndSet(false, true)) {
            try {
                requested.set(false);
                deliverDue();
            } catch (RuntimeException e) {
                LOG.warning(() -> "Mail delivery stopped early, the timer tries again: " + e);
            } finally {
                running.set(false);
            }
        }
    }

    private void deliverDue() {
        List<Long> due;
        do {
            due = outbox.due(now(), BATCH);
            for (long id : due) {
                LocalDateTime claimedAt = now();
                outbox.claim(id, claimedAt).ifPresent(message -> send(message, claimedAt));
            }
        } while (due.size() == BATCH);
    }

    private void send(OutgoingMail message, LocalDateTime claimedAt) {
        try {
            Transport.send(MailMessages.compose(mail, message));
            outbox.sent(message.id(), claimedAt, now());
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Message " + message.id() + " not sent, tried again later: " + e);
            outbox.failed(message.id(), claimedAt, now());
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(CLOCK).truncatedTo(ChronoUnit.MILLIS);
    }
}
