package dk.kompetence.domain.coverage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** One target × job role of a frozen quality report; copies of names so it never changes. */
@Entity
@Table(name = "coverage_snapshot_line")
public class SnapshotLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "snapshot_id", updatable = false)
    private QualityReportSnapshot snapshot;

    @Column(name = "target_id", nullable = false, updatable = false)
    private long targetId;

    @Column(name = "target_name", nullable = false, updatable = false, length = 200)
    private String targetName;

    @Column(name = "required_percent", updatable = false)
    private Integer requiredPercent;

    @Column(name = "minimum_count", updatable = false)
    private Integer minimumCount;

    @Column(nullable = false, updatable = false)
    private LocalDate deadline;

    @Column(name = "job_role", updatable = false, length = 30)
    private String jobRole;

    @Column(name = "in_scope", nullable = false, updatable = false)
    private int inScope;

    @Column(nullable = false, updatable = false)
    private int covered;

    @Column(nullable = false, updatable = false)
    private int booked;

    @Column(nullable = false, updatable = false)
    private int overdue;

    protected SnapshotLine() {
    }

    public SnapshotLine(long targetId, String targetName, Integer requiredPercent, Integer minimumCount,
                        LocalDate deadline, String jobRole, int inScope, int covered, int booked, int overdue) {
        this.targetId = targetId;
        this.targetName = Objects.requireNonNull(targetName);
        this.requiredPercent = requiredPercent;
        this.minimumCount = minimumCount;
        this.deadline = Objects.requireNonNull(deadline);
        this.jobRole = jobRole;
        this.inScope = inScope;
        this.covered = covered;
        this.booked = booked;
        this.overdue = overdue;
    }

    void belongTo(QualityReportSnapshot owner) {
        this.snapshot = owner;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getTargetName() {
        return targetName;
    }

    public Integer getRequiredPercent() {
        return requiredPercent;
    }

    public Integer getMinimumCount() {
        return minimumCount;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getJobRole() {
        return jobRole;
    }

    public int getInScope() {
        return inScope;
    }

    public int getCovered() {
        return covered;
    }

    public int getBooked() {
        return booked;
    }

    public int getOverdue() {
        return overdue;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SnapshotLine that && targetId == that.targetId && Objects.equals(jobRole, that.jobRole);
    }

    @Override
    public int hashCode() {
        return Objects.hash(targetId, jobRole);
    }
}
