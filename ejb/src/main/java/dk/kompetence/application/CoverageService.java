package dk.kompetence.application;

import dk.kompetence.domain.coverage.Target;
import dk.kompetence.reporting.CoverageFilter;
import dk.kompetence.reporting.CoverageForecast;
import dk.kompetence.reporting.CoverageQuery;
import dk.kompetence.reporting.CoverageRow;
import dk.kompetence.reporting.CoverageTotal;
import dk.kompetence.reporting.HoursPerFte;
import dk.kompetence.reporting.MissingPerson;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Coverage for the quality reports, at any reference date (default today). HR sees every
 * institution, area and the municipality; a leader only the institution(s) they lead — also in
 * the drill-down to named people.
 * <p>
 * Only reads, one statement per report: it joins the caller's transaction when there is one
 * (a frozen quality report), otherwise it needs none. Starting one per request cost an XA begin,
 * enlistment and commit, a tenth of a one-institution report's time.
 */
@Stateless
@RolesAllowed({CurrentUser.LEADER, CurrentUser.HR})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CoverageService {

    private final CoverageQuery fromSummary = new CoverageQuery(CoverageQuery.Source.SUMMARY);
    private final CoverageQuery fromBaseTables = new CoverageQuery(CoverageQuery.Source.BASE_TABLES);

    @Resource(lookup = "java:jboss/datasources/KompetenceDS")
    DataSource dataSource;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    TargetService targets;

    public List<CoverageRow> byInstitution(LocalDate referenceDate, CoverageFilter filter) {
        CoverageFilter allowed = filter;
        if (!currentUser.isHr()) {
            Long institution = filter.institutionId() != null ? filter.institutionId()
                    : currentUser.ledInstitutions().stream().min(Long::compare).orElse(null);
            currentUser.requireHrOrLeaderOf(institution);
            allowed = new CoverageFilter(filter.areaId(), filter.institutionType(), institution, filter.targetId(),
                    filter.jobRole());
        }
        CoverageFilter effective = allowed;
        LocalDate day = day(referenceDate);
        return run(connection -> query(day).byInstitution(connection, day, effective));
    }

    @RolesAllowed(CurrentUser.HR)
    public List<CoverageTotal> byArea(LocalDate referenceDate, CoverageFilter filter) {
        LocalDate day = day(referenceDate);
        return run(connection -> query(day).byArea(connection, day, filter));
    }

    @RolesAllowed(CurrentUser.HR)
    public List<CoverageTotal> municipality(LocalDate referenceDate, CoverageFilter filter) {
        LocalDate day = day(referenceDate);
        return run(connection -> query(day).municipality(connection, day, filter));
    }

    /**
     * Whether each target will be met at each institution by its deadline, at the pace of the
     * last twelve months (see {@link CoverageForecast}). The same institutions as byInstitution.
     */
    public List<CoverageForecast> forecast(CoverageFilter filter) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, CoverageForecast.Requirement> requirements = targets.targets().stream()
                .collect(Collectors.toMap(Target::getId, t -> new CoverageForecast.Requirement(t.getRequiredPercent(),
                        t.getMinimumCount(), t.getDeadline())));
        CoverageFilter allRoles = filter.withoutJobRole();
        return CoverageForecast.of(byInstitution(today, allRoles), byInstitution(today.minusYears(1), allRoles),
                requirements, today);
    }

    public List<MissingPerson> missing(LocalDate referenceDate, long institutionId, long targetId) {
        currentUser.requireHrOrLeaderOf(institutionId);
        LocalDate day = day(referenceDate);
        return run(connection -> query(day).missing(connection, day, institutionId, targetId));
    }

    /**
     * Today and later come from the summary, kept current in every writing transaction; an
     * earlier day is computed from the base tables, because the summary only knows what is
     * booked and covered now.
     */
    private CoverageQuery query(LocalDate day) {
        return day.isBefore(LocalDate.now(clock)) ? fromBaseTables : fromSummary;
    }

    /** Hours of competence development per FTE at one institution in one year. */
    public Optional<HoursPerFte> hoursPerFte(long institutionId, int year) {
        currentUser.requireHrOrLeaderOf(institutionId);
        return run(connection -> fromBaseTables.hoursPerFte(connection, year, CoverageFilter.institution(institutionId)))
                .stream().findFirst();
    }

    /**
     * Hours per FTE of one institution (its leader, HR), or of an area's or the whole
     * municipality's institutions together (HR), weighted by their working time.
     */
    public HoursPerFte.Total hoursPerFteTotal(int year, CoverageFilter filter) {
        if (filter.institutionId() != null) {
            currentUser.requireHrOrLeaderOf(filter.institutionId());
        } else if (!currentUser.isHr()) {
            throw new AccessDeniedException();
        }
        return run(connection -> fromBaseTables.hoursPerFteTotal(connection, year, filter));
    }

    /**
     * Part of a whole-municipality export running in the background. HR only, and only as the HR
     * user who started it: the managed executor carries the caller's identity to the job's
     * thread, and a job that finds itself running as anyone else is refused.
     */
    @RolesAllowed(CurrentUser.HR)
    public List<CoverageRow> byInstitutionFor(String startedBy, LocalDate referenceDate, CoverageFilter filter) {
        requireCaller(startedBy);
        return byInstitution(referenceDate, filter);
    }

    @RolesAllowed(CurrentUser.HR)
    public List<CoverageTotal> municipalityFor(String startedBy, LocalDate referenceDate, CoverageFilter filter) {
        requireCaller(startedBy);
        return municipality(referenceDate, filter);
    }

    private void requireCaller(String startedBy) {
        if (!currentUser.name().equals(startedBy)) {
            throw new AccessDeniedException();
        }
    }

    private LocalDate day(LocalDate referenceDate) {
        return referenceDate == null ? LocalDate.now(clock) : referenceDate;
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The coverage query failed", e);
        }
    }
}
