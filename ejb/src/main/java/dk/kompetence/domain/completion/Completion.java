package dk.kompetence.domain.completion;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentStatus;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Completed competence development that counts towards coverage: a completed enrolment, or
 * learning outside courses recorded with its hours.
 */
@Entity
@Table(name = "completion")
public class Completion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_kind", length = 30)
    private ActivityKind activityKind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal hours;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Completion() {
    }

    public static Completion of(Enrolment enrolment, LocalDateTime recordedAt) {
        if (enrolment.getStatus() != EnrolmentStatus.COMPLETED) {
            throw new IllegalArgumentException("Only a completed enrolment counts");
        }
        Completion completion = new Completion();
        completion.person = enrolment.getPerson();
        completion.enrolment = enrolment;
        completion.module = enrolment.getSession().getModule();
        completion.title = completion.module.getTitle();
        completion.completedOn = enrolment.getCompletedOn();
        completion.hours = enrolment.getCompletedHours();
        completion.recordedBy = enrolment.getRecordedBy();
        completion.recordedAt = recordedAt;
        return completion;
    }

    public static Completion activity(Person person, ActivityKind kind, String title, CourseModule countsAs,
                                      LocalDate on, BigDecimal hours, String recordedBy, LocalDateTime recordedAt) {
        Completion completion = new Completion();
        completion.person = Objects.requireNonNull(person);
        completion.activityKind = Objects.requireNonNull(kind);
        completion.title = Objects.requireNonNull(title);
        completion.module = countsAs;
        completion.completedOn = Objects.requireNonNull(on);
        completion.hours = Objects.requireNonNull(hours);
        completion.recordedBy = Objects.requireNonNull(recordedBy);
        completion.recordedAt = Objects.requireNonNull(recordedAt);
        return completion;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public CourseModule getModule() {
        return module;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public ActivityKind getActivityKind() {
        return activityKind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Completion that && Objects.equals(person, that.person)
                && title.equals(that.title) && completedOn.equals(that.completedOn)
                && Objects.equals(enrolment, that.enrolment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, completedOn);
    }
}
