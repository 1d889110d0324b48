package dk.kompetence.application;

import static dk.kompetence.application.UnknownEntityException.unknown;

import dk.kompetence.domain.coverage.QualityReportSnapshot;
import dk.kompetence.domain.coverage.SnapshotLine;
import dk.kompetence.domain.coverage.Target;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionRepository;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import dk.kompetence.reporting.CoverageCounts;
import dk.kompetence.reporting.CoverageFilter;
import dk.kompetence.reporting.CoverageRow;
import dk.kompetence.reporting.HoursPerFte;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Quality-report snapshots (kvalitetsrapport): HR freezes a year, the leader writes the narrative. */
@Stateless
@RolesAllowed({CurrentUser.LEADER, CurrentUser.HR})
public class QualityReportService {

    @Inject
    CoverageService coverage;

    @Inject
    InstitutionRepository institutions;

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Freezes the coverage on 31 December of the year (or today, for the running year). */
    @RolesAllowed(CurrentUser.HR)
    public QualityReportSnapshot freeze(long institutionId, @Min(2000) @Max(2999) int year) {
        Institution institution = institutions.find(institutionId).orElseThrow(unknown("Institution", institutionId));
        if (find(institutionId, year).isPresent()) {
            throw new RuleViolationException(Rule.DUPLICATE, "Kvalitetsrapporten for " + year + " er allerede fastfrosset");
        }
        LocalDate referenceDate = referenceDate(year);
        List<SnapshotLine> lines = coverage.byInstitution(referenceDate, CoverageFilter.institution(institutionId))
                .stream().map(this::line).toList();
        QualityReportSnapshot snapshot = new QualityReportSnapshot(institutionId, institution.getName(),
                institution.getArea().getName(), year, referenceDate, LocalDateTime.now(clock), currentUser.name(), lines);
        entityManager.persist(snapshot);
        entityManager.flush();
        audit.record("SNAPSHOT_FROZEN", "QualityReport", snapshot.getId(), null, institution.getName() + " " + year);
        return snapshot;
    }

    public QualityReportSnapshot snapshot(long institutionId, int year) {
        currentUser.requireHrOrLeaderOf(institutionId);
        return find(institutionId, year).orElseThrow(unknown("Kvalitetsrapport", institutionId + "/" + year));
    }

    /** The year before, to compare with; empty when that year was not frozen. */
    public Optional<QualityReportSnapshot> previous(long institutionId, int year) {
        currentUser.requireHrOrLeaderOf(institutionId);
        return find(institutionId, year - 1);
    }

    public QualityReportSnapshot describe(long institutionId, int year, @NotBlank @Size(max = 8000) String narrative) {
        QualityReportSnapshot snapshot = snapshot(institutionId, year);
        snapshot.describe(narrative.strip(), currentUser.name(), LocalDateTime.now(clock));
        audit.record("SNAPSHOT_NARRATIVE_WRITTEN", "QualityReport", snapshot.getId(), null,
                snapshot.getInstitutionName() + " " + year);
        return snapshot;
    }

    /**
     * The competence section of the year's quality report: the frozen figures and the leader's
     * narrative when the year is frozen, otherwise today's figures for the year, as a freeze
     * would take them.
     */
    public CompetenceSection section(long institutionId, @Min(2000) @Max(2999) int year) {
        currentUser.requireHrOrLeaderOf(institutionId);
        Institution institution = institutions.find(institutionId).orElseThrow(unknown("Institution", institutionId));
        HoursPerFte hours = coverage.hoursPerFte(institutionId, year).orElse(null);
        Optional<QualityReportSnapshot> frozen = find(institutionId, year);
        if (frozen.isPresent()) {
            QualityReportSnapshot s = frozen.get();
            return new CompetenceSection(institutionId, s.getInstitutionName(), s.getAreaName(), year,
                    s.getReferenceDate(), s.getFrozenAt(), s.getFrozenBy(), s.getNarrative(), s.getNarrativeBy(),
                    frozenLines(s.getLines()), hours);
        }
        LocalDate referenceDate = referenceDate(year);
        List<CompetenceSection.Line> lines = coverage.byInstitution(referenceDate,
                        CoverageFilter.institution(institutionId)).stream()
                .map(r -> new CompetenceSection.Line(r.targetId(), r.targetName(), r.jobRole(), r.inScope(),
                        r.covered(), r.booked(), r.overdue(), r.met())).toList();
        return new CompetenceSection(institutionId, institution.getName(), institution.getArea().getName(), year,
                referenceDate, null, null, null, null, lines, hours);
    }

    /** 31 December of the year, or today while the year runs. */
    private LocalDate referenceDate(int year) {
        return referenceDate(year, LocalDate.now(clock));
    }

    /** A year's reference date for its reports: 31 December, or today while the year runs. */
    static LocalDate referenceDate(int year, LocalDate today) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        return endOfYear.isAfter(today) ? today : endOfYear;
    }

    /** A frozen report keeps each target's requirement, so "met" is decided again from its own lines. */
    private static List<CompetenceSection.Line> frozenLines(List<SnapshotLine> lines) {
        Map<Long, List<SnapshotLine>> byTarget = lines.stream()
                .collect(Collectors.groupingBy(SnapshotLine::getTargetId));
        return lines.stream().map(l -> {
            List<SnapshotLine> target = byTarget.get(l.getTargetId());
            boolean met = CoverageCounts.meets(l.getRequiredPercent(), l.getMinimumCount(),
                    target.stream().mapToInt(SnapshotLine::getCovered).sum(),
                    target.stream().mapToInt(SnapshotLine::getInScope).sum());
            return new CompetenceSection.Line(l.getTargetId(), l.getTargetName(), l.getJobRole(), l.getInScope(),
                    l.getCovered(), l.getBooked(), l.getOverdue(), met);
        }).toList();
    }

    private Optional<QualityReportSnapshot> find(long institutionId, int year) {
        return entityManager.createQuery("SELECT s FROM QualityReportSnapshot s WHERE s.institutionId = :institution "
                        + "AND s.year = :year", QualityReportSnapshot.class)
                .setParameter("institution", institutionId).setParameter("year", year)
                .getResultStream().findFirst();
    }

    private SnapshotLine line(CoverageRow row) {
        Target target = entityManager.find(Target.class, row.targetId());
        return new SnapshotLine(row.targetId(), row.targetName(), target.getRequiredPercent(), target.getMinimumCount(),
                target.getDeadline(), row.jobRole(), row.inScope(), row.covered(), row.booked(), row.overdue());
    }
}
