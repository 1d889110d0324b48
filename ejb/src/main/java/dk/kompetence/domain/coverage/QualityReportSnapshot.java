package dk.kompetence.domain.coverage;

import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Kvalitetsrapport: one institution's coverage for one year, frozen by HR. The figures never
 * change afterwards; only the leader's narrative ("what the competence development has meant for
 * pedagogical practice") is added.
 */
@Entity
@Table(name = "coverage_snapshot")
public class QualityReportSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private long institutionId;

    @Column(name = "institution_name", nullable = false, updatable = false, length = 150)
    private String institutionName;

    @Column(name = "area_name", nullable = false, updatable = false, length = 100)
    private String areaName;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "reference_date", nullable = false, updatable = false)
    private LocalDate referenceDate;

    @Column(name = "frozen_at", nullable = false, updatable = false)
    private LocalDateTime frozenAt;

    @Column(name = "frozen_by", nullable = false, updatable = false, length = 100)
    private String frozenBy;

    @Column(length = 8000)
    private String narrative;

    @Column(name = "narrative_by", length = 100)
    private String narrativeBy;

    @Column(name = "narrative_at")
    private LocalDateTime narrativeAt;

    @OneToMany(mappedBy = "snapshot", cascade = CascadeType.PERSIST)
    @OrderBy("targetName, jobRole")
    private List<SnapshotLine> lines = new ArrayList<>();

    protected QualityReportSnapshot() {
    }

    public QualityReportSnapshot(long institutionId, String institutionName, String areaName, int year,
                                 LocalDate referenceDate, LocalDateTime frozenAt, String frozenBy,
                                 List<SnapshotLine> lines) {
        if (lines.isEmpty()) {
            throw new RuleViolationException(Rule.INVALID_TRANSITION, "Der er ingen målsætninger for enheden at fastfryse");
        }
        this.institutionId = institutionId;
        this.institutionName = Objects.requireNonNull(institutionName);
        this.areaName = Objects.requireNonNull(areaName);
        this.year = year;
        this.referenceDate = Objects.requireNonNull(referenceDate);
        this.frozenAt = Objects.requireNonNull(frozenAt);
        this.frozenBy = Objects.requireNonNull(frozenBy);
        lines.forEach(line -> line.belongTo(this));
        this.lines.addAll(lines);
    }

    public void describe(String text, String by, LocalDateTime at) {
        this.narrative = Objects.requireNonNull(text);
        this.narrativeBy = Objects.requireNonNull(by);
        this.narrativeAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public String getAreaName() {
        return areaName;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public LocalDateTime getFrozenAt() {
        return frozenAt;
    }

    public String getFrozenBy() {
        return frozenBy;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getNarrativeBy() {
        return narrativeBy;
    }

    public LocalDateTime getNarrativeAt() {
        return narrativeAt;
    }

    public List<SnapshotLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QualityReportSnapshot that && institutionId == that.institutionId && year == that.year;
    }

    @Override
    public int hashCode() {
        return Objects.hash(institutionId, year);
    }
}
