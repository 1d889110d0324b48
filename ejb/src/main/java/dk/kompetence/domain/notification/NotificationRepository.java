package dk.kompetence.domain.notification;

public interface NotificationRepository {

    void add(Notification notification);
}
