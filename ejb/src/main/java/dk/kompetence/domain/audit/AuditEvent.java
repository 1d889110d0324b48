package dk.kompetence.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One entry of the audit trail. Immutable: no setters, and the application never updates or
 * deletes one. person_id links entries about a person for their GDPR data export.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 30, updatable = false)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private Long entityId;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(nullable = false, length = 1000, updatable = false)
    private String summary;

    protected AuditEvent() {
    }

    public AuditEvent(LocalDateTime occurredAt, String actor, String action, String entityType, Long entityId,
                      Long personId, String summary) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.entityType = Objects.requireNonNull(entityType);
        this.entityId = entityId;
        this.personId = personId;
        this.summary = summary.length() > 1000 ? summary.substring(0, 1000) : summary;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getSummary() {
        return summary;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditEvent that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
