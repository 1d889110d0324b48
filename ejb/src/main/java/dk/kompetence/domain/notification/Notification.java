package dk.kompetence.domain.notification;

import dk.kompetence.domain.calendar.CalendarMethod;
import dk.kompetence.domain.person.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A message to a person (outbox): written in the same transaction as the change, mailed later by
 * the delivery job to the address the person had then. A calendar message carries one iCalendar
 * event (an invitation, its update or its cancellation) besides the text.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DeliveryState state;

    @Column(length = 254)
    private String recipient;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    @Column(name = "claimed_at")
    private LocalDateTime claimedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "calendar_method", length = 10)
    private CalendarMethod calendarMethod;

    @Lob
    @Column(name = "calendar")
    private String calendar;

    protected Notification() {
    }

    public Notification(Person person, String subject, String body, LocalDateTime createdAt) {
        this.person = Objects.requireNonNull(person);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.recipient = person.getEmail() == null || person.getEmail().isBlank() ? null : person.getEmail();
        this.state = recipient == null ? DeliveryState.SKIPPED : DeliveryState.PENDING;
    }

    /** An invitation (REQUEST) or cancellation (CANCEL) of one meeting, as iCalendar text. */
    public static Notification calendar(Person person, String subject, String body, CalendarMethod method,
                                        String iCalendar, LocalDateTime createdAt) {
        if (method == CalendarMethod.PUBLISH) {
            throw new IllegalArgumentException("A mailed calendar message invites or cancels");
        }
        Notification notification = new Notification(person, subject, body, createdAt);
        notification.calendarMethod = method;
        notification.calendar = Objects.requireNonNull(iCalendar);
        return notification;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public DeliveryState getState() {
        return state;
    }

    public String getRecipient() {
        return recipient;
    }

    public int getAttempts() {
        return attempts;
    }

    public CalendarMethod getCalendarMethod() {
        return calendarMethod;
    }

    public String getCalendar() {
        return calendar;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Notification that && Objects.equals(person, that.person)
                && subject.equals(that.subject) && createdAt.equals(that.createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, createdAt);
    }
}
