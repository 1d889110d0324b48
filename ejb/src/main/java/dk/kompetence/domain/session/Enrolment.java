package dk.kompetence.domain.session;

import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Tilmelding: a person's place on a session. Part of the session aggregate: only the session
 * changes it, so the seat count and the waitlist stay right.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private CourseSession session;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    /** The module while the enrolment is active, else null: the database's duplicate guard. */
    @Column(name = "active_module_id")
    private Long activeModuleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decision_comment", length = 1000)
    private String decisionComment;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "completed_hours", precision = 6, scale = 1)
    private BigDecimal completedHours;

    @Column(name = "recorded_by", length = 100)
    private String recordedBy;

    @Version
    private long version;

    protected Enrolment() {
    }

    Enrolment(CourseSession session, Person person, Institution institution, EnrolmentStatus status,
              LocalDateTime requestedAt, String requestedBy) {
        this.session = Objects.requireNonNull(session);
        this.person = Objects.requireNonNull(person);
        this.institution = institution;
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        moveTo(status);
    }

    void decide(EnrolmentStatus outcome, String by, String comment, LocalDateTime at) {
        requireStatus(EnrolmentStatus.REQUESTED);
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionComment = comment;
        moveTo(outcome);
    }

    void promote() {
        requireStatus(EnrolmentStatus.WAITLISTED);
        moveTo(EnrolmentStatus.CONFIRMED);
    }

    void cancel(LocalDateTime at) {
        if (!status.isActive()) {
            throw invalid("afmeldes");
        }
        this.cancelledAt = at;
        moveTo(EnrolmentStatus.CANCELLED);
    }

    void complete(LocalDate on, BigDecimal hours, String by) {
        if (status != EnrolmentStatus.CONFIRMED && status != EnrolmentStatus.NO_SHOW) {
            throw invalid("registreres som gennemført");
        }
        this.completedOn = Objects.requireNonNull(on);
        this.completedHours = Objects.requireNonNull(hours);
        this.recordedBy = Objects.requireNonNull(by);
        moveTo(EnrolmentStatus.COMPLETED);
    }

    void markNoShow(String by) {
        requireStatus(EnrolmentStatus.CONFIRMED);
        this.recordedBy = by;
        moveTo(EnrolmentStatus.NO_SHOW);
    }

    private void moveTo(EnrolmentStatus next) {
        this.status = next;
        this.activeModuleId = next.isActive() ? session.getModule().getId() : null;
    }

    private void requireStatus(EnrolmentStatus expected) {
        if (status != expected) {
            throw invalid(switch (expected) {
                case REQUESTED -> "godkendes eller afvises";
                case WAITLISTED -> "rykkes op fra ventelisten";
                default -> "ændres";
            });
        }
    }

    private RuleViolationException invalid(String what) {
        return new RuleViolationException(Rule.INVALID_TRANSITION,
                "En tilmelding med status " + status + " kan ikke " + what);
    }

    public Long getId() {
        return id;
    }

    public CourseSession getSession() {
        return session;
    }

    public Person getPerson() {
        return person;
    }

    public Institution getInstitution() {
        return institution;
    }

    public Long institutionId() {
        return institution == null ? null : institution.getId();
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public BigDecimal getCompletedHours() {
        return completedHours;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Enrolment that && Objects.equals(session, that.session)
                && Objects.equals(person, that.person) && requestedAt.equals(that.requestedAt);
    }

    @Override
    public int hashCode() {
        return requestedAt.hashCode();
    }
}
