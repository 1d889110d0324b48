package dk.kompetence.infrastructure.persistence;

import dk.kompetence.domain.notification.Notification;
import dk.kompetence.domain.notification.NotificationRepository;
import dk.kompetence.infrastructure.mail.OutboxWritten;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @Inject
    EntityManager entityManager;

    @Inject
    Event<OutboxWritten> written;

    @Override
    public void add(Notification notification) {
        entityManager.persist(notification);
        written.fire(new OutboxWritten());
    }
}
