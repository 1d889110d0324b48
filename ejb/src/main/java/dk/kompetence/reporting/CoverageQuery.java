package dk.kompetence.reporting;

import dk.kompetence.domain.person.JobRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Coverage (dækning) of the active targets on a reference date D, computed set-based over the
 * base tables. These definitions are the product's contract:
 * <ul>
 * <li><b>In scope</b> (the denominator): every person with a membership active on D (start_date
 * &le; D, end_date null or &ge; D) at an institution the target applies to (its institution
 * type is among the target's types, or the institution is named by the target, or the target
 * names neither and applies everywhere), who is active on D (hire_date null or &le; D, end_date
 * null or &ge; D), and who is an employee whose job role is among the target's roles (no roles:
 * every role) when the target includes employees, or a volunteer when it includes volunteers.
 * People who never enrolled count. A person with two active memberships counts at each
 * institution, and once at area and municipality level.</li>
 * <li><b>Covered</b> (the numerator): in scope and holding a valid completion on D: completed_on
 * &le; D and, when the module has a renewal period, D &le; completed_on + renewal_months &minus; 1
 * day. A programme target is covered by a valid completion of every one of its modules.</li>
 * <li><b>Booked</b>: in scope, not covered, with an active enrolment (requested, confirmed or
 * waitlisted, requested on or before D) for the module or any module of the programme. The
 * status is today's: for a past D this is what is booked now of what was requested by then.</li>
 * <li><b>Overdue</b>: in scope, not covered, and D is after the person's deadline. That is the
 * target's deadline; when the target gives "within N months of hire" it is hire_date + N months,
 * but never before the target's deadline: people hired long before the target was set get
 * until the target's deadline rather than being overdue from day one. Volunteers have no hire
 * date and always have the target's deadline.</li>
 * <li><b>Met</b> (per institution, all roles together): covered &ge; minimum_count for a
 * head-count target, covered &ge; required_percent % of those in scope for a share target.</li>
 * </ul>
 * Inactive targets are left out. Plain JDBC: the caller owns the connection.
 */
public class CoverageQuery {

    /** Where the numbers come from; both give the same numbers for today and later. */
    public enum Source {
        /** Computed from the base tables: any reference date. */
        BASE_TABLES,
        /** Read from the summary kept current by {@link CoverageSummary}: today or later only. */
        SUMMARY
    }

    private final Source source;

    public CoverageQuery(Source source) {
        this.source = source;
    }

    /**
     * Each active target's modules with their renewal period, and how many modules the target
     * takes (1, or all of the programme's). Derby names a union's columns only where both
     * branches agree, hence the repeated aliases.
     */
    static final String TARGET_MODULES = """
            SELECT t.id AS target_id, m.id AS module_id, m.renewal_months, 1 AS modules
            FROM target t
            JOIN course_module m ON m.id = t.module_id
            WHERE t.active %1$s
            UNION ALL
            SELECT t.id AS target_id, m.id AS module_id, m.renewal_months, n.modules
            FROM target t
            JOIN programme_module pm ON pm.programme_id = t.programme_id
            JOIN course_module m ON m.id = pm.module_id
            JOIN (SELECT programme_id, COUNT(*) AS modules FROM programme_module GROUP BY programme_id) n
              ON n.programme_id = t.programme_id
            WHERE t.active %1$s
            """;

    /**
     * (target, person) holding a valid completion on :day of every module the target takes.
     * The fixed join order makes Derby walk the few target modules and probe the index on
     * completion (module_id, person_id, completed_on), which holds every column needed. For one
     * institution its MEMBERS come second, so Derby probes by (person, module) instead of
     * reading the whole municipality's completions. (For an area or a type that probing costs
     * more than reading them all.)
     */
    private static final String COVERED = """
            SELECT tm.target_id, c.person_id
            FROM --DERBY-PROPERTIES joinOrder=FIXED
                 (%1$s) tm,%2$s completion c
            WHERE c.module_id = tm.module_id AND c.completed_on <= :day %3$s
              AND (tm.renewal_months IS NULL
                   OR CAST({fn TIMESTAMPADD(SQL_TSI_MONTH, tm.renewal_months, CAST(c.completed_on AS TIMESTAMP))} AS DATE) > :day)
            GROUP BY tm.target_id, c.person_id
            HAVING COUNT(DISTINCT tm.module_id) = MAX(tm.modules)
            """;

    /**
     * (target, person) with an active enrolment, requested by :day, for one of the target's
     * modules. Only active enrolments carry active_module_id; the fixed join order probes its
     * index per target module (and member, as in COVERED) instead of scanning every enrolment.
     */
    private static final String BOOKED = """
            SELECT DISTINCT tm.target_id, e.person_id
            FROM --DERBY-PROPERTIES joinOrder=FIXED
                 (%1$s) tm,%2$s enrolment e
            WHERE e.active_module_id = tm.module_id AND e.requested_at < :dayAfter %3$s
            """;

    /** The people of one institution on :day, for a report on that institution. */
    private static final String MEMBERS = """
            SELECT DISTINCT ms.person_id
            FROM membership ms
            WHERE ms.institution_id = :institutionId
              AND ms.start_date <= :day AND (ms.end_date IS NULL OR ms.end_date >= :day)
            """;

    /**
     * Each active target's groups: (target, institution, audience) with what decides the
     * deadline. A target applies at an institution whose type it names, at an institution it
     * names, or everywhere when it names neither; it is for the job roles it names (none named:
     * every role) when it includes employees, and for VOLUNTEER when it includes volunteers.
     * The subqueries run per (target, institution, audience) over the small target tables: a
     * few hundred milliseconds at Copenhagen scale. Splitting this into two derived tables
     * made Derby recompute one of them for every row of the other, or, with a hash join
     * requested, spend minutes compiling. DISTINCT keeps it from being flattened into STATUS.
     */
    static final String GROUPS = """
            SELECT DISTINCT t.id AS target_id, i.id AS institution_id, i.area_id, i.type AS institution_type,
                            au.audience, t.deadline, t.within_months_of_hire
            FROM target t, institution i, (%1$s) AS au (audience)
            WHERE t.active %2$s %3$s %4$s
              AND (EXISTS (SELECT 1 FROM target_institution_type x WHERE x.target_id = t.id AND x.institution_type = i.type)
                   OR EXISTS (SELECT 1 FROM target_institution x WHERE x.target_id = t.id AND x.institution_id = i.id)
                   OR (NOT EXISTS (SELECT 1 FROM target_institution_type x WHERE x.target_id = t.id)
                       AND NOT EXISTS (SELECT 1 FROM target_institution x WHERE x.target_id = t.id)))
              AND ((au.audience = 'VOLUNTEER' AND t.includes_volunteers)
                   OR (au.audience <> 'VOLUNTEER' AND t.includes_employees
                       AND (EXISTS (SELECT 1 FROM target_job_role r WHERE r.target_id = t.id AND r.job_role = au.audience)
                            OR NOT EXISTS (SELECT 1 FROM target_job_role r WHERE r.target_id = t.id))))
            """;

    /**
     * Everyone with a membership and an employment (or volunteering) active on :day, once per
     * institution, with their audience: the job role, or VOLUNTEER.
     */
    private static final String ACTIVE_PEOPLE = """
            SELECT ms.institution_id, p.id AS person_id, COALESCE(p.job_role, 'VOLUNTEER') AS audience,
                   p.job_role, p.hire_date
            FROM membership ms JOIN person p ON p.id = ms.person_id%1$s
            WHERE ms.start_date <= :day AND (ms.end_date IS NULL OR ms.end_date >= :day)
              AND (p.hire_date IS NULL OR p.hire_date <= :day) AND (p.end_date IS NULL OR p.end_date >= :day) %2$s
            GROUP BY ms.institution_id, p.id, p.job_role, p.hire_date
            """;

    /**
     * Every in-scope (target, institution, person) with the person's deadline and the flags
     * covered / booked / overdue as 0 or 1. The joins meet derived tables keyed by
     * (institution, audience) and (target, person). Derby's cost estimates for derived tables are
     * poor, and at scale it chose nested loops that recompute the grouped completions once per
     * person (minutes instead of seconds), so the hash joins are requested explicitly; each
     * override must end its line.
     */
    private static final String STATUS = """
            SELECT s.target_id, s.institution_id, s.area_id, s.person_id, s.job_role, s.deadline,
                   CASE WHEN c.person_id IS NULL THEN 0 ELSE 1 END AS covered,
                   CASE WHEN c.person_id IS NULL AND b.person_id IS NOT NULL THEN 1 ELSE 0 END AS booked,
                   CASE WHEN c.person_id IS NULL AND s.deadline < :day THEN 1 ELSE 0 END AS overdue
            FROM (SELECT g.target_id, g.institution_id, g.area_id, a.person_id, a.job_role,
                         CASE WHEN g.within_months_of_hire IS NULL OR a.hire_date IS NULL THEN g.deadline
                              WHEN %3$s > g.deadline THEN %3$s
                              ELSE g.deadline END AS deadline
                  FROM (%1$s) g
                  JOIN (%2$s) a --DERBY-PROPERTIES joinStrategy=HASH
                    ON a.institution_id = g.institution_id AND a.audience = g.audience) s
            LEFT JOIN (%4$s) c --DERBY-PROPERTIES joinStrategy=HASH
              ON c.target_id = s.target_id AND c.person_id = s.person_id
            LEFT JOIN (%5$s) b --DERBY-PROPERTIES joinStrategy=HASH
              ON b.target_id = s.target_id AND b.person_id = s.person_id
            """;

    /**
     * STATUS read from the summary (coverage_status) instead of the base tables: the same
     * columns, with the flags decided from the dates each row keeps. Right for today and later;
     * for an earlier day the summary does not know what was booked or covered then.
     */
    private static final String SUMMARY_STATUS = """
            SELECT s.target_id, s.institution_id, s.area_id, s.person_id, s.job_role, s.deadline, s.shared,
                   CASE WHEN s.covered_until > :day THEN 1 ELSE 0 END AS covered,
                   CASE WHEN (s.covered_until IS NULL OR s.covered_until <= :day) AND s.booked = 1 THEN 1 ELSE 0 END AS booked,
                   CASE WHEN (s.covered_until IS NULL OR s.covered_until <= :day) AND s.deadline < :day THEN 1 ELSE 0 END AS overdue
            FROM coverage_status s %2$s
            WHERE s.in_scope_from <= :day AND s.in_scope_until >= :day %1$s
            """;

    /** Reads only the rows of people with more than one membership, through their index. */
    private static final String SHARED_ONLY = "--DERBY-PROPERTIES index=COVERAGE_STATUS_SHARED_IX";

    /**
     * A summary row's covered, booked and overdue flags as one number, covered + booked &times;
     * 10<sup>6</sup> + overdue &times; 10<sup>12</sup>, so that one SUM counts all three. Derby's
     * cost over the whole summary is per row and per aggregate: each SUM took about as long as
     * reading the rows. A field holds up to 999,999 people, more than any municipality has in one
     * target and role; municipality() refuses a line with more rather than report wrong counts.
     */
    private static final String PACKED_FLAGS = """
            CASE WHEN s.covered_until > :day THEN 1
                 WHEN s.deadline < :day THEN s.booked * 1000000 + 1000000000000
                 ELSE s.booked * 1000000 END""";

    /** The most people one field of PACKED_FLAGS' sum holds. */
    private static final int PACKED_FIELD_MAX = 999_999;

    /**
     * MUNICIPALITY from the summary: everyone with one membership has one row per target and is
     * simply added up; only the few with more (shared = 1, read through their index) go through
     * the DISTINCT that counts a person once. The flags are summed packed (PACKED_FLAGS) and
     * unpacked per line; CAST keeps the division integral on PostgreSQL, whose SUM of BIGINT is
     * NUMERIC. Inside this union Derby fetched the rows of the full scan one at a time, locking
     * each while it was read; bulkFetch reads them a page's worth at a time (a fifth less time
     * at Copenhagen scale). %1$s holds the filter's conditions on s, %2$s PACKED_FLAGS, %3$s SHARED_ONLY.
     */
    private static final String MUNICIPALITY_FROM_SUMMARY = """
            SELECT y.target_id, y.target_name, y.job_role, y.n, MOD(y.flags, 1000000),
                   MOD(y.flags / 1000000, 1000000), y.flags / 1000000000000
            FROM (SELECT t.id AS target_id, t.name AS target_name, x.job_role AS job_role, SUM(x.n) AS n,
                         CAST(SUM(x.flags) AS BIGINT) AS flags
                  FROM (SELECT s.target_id AS target_id, s.job_role AS job_role, COUNT(*) AS n, SUM(%2$s) AS flags
                        FROM coverage_status s --DERBY-PROPERTIES bulkFetch=256
                        WHERE s.in_scope_from <= :day AND s.in_scope_until >= :day AND s.shared = 0 %1$s
                        GROUP BY s.target_id, s.job_role
                        UNION ALL
                        SELECT d.target_id AS target_id, d.job_role AS job_role, COUNT(*) AS n, SUM(d.flags) AS flags
                        FROM (SELECT DISTINCT s.target_id, s.person_id, s.job_role, %2$s AS flags
                              FROM coverage_status s %3$s
                              WHERE s.in_scope_from <= :day AND s.in_scope_until >= :day AND s.shared = 1 %1$s) d
                        GROUP BY d.target_id, d.job_role) x
                  JOIN target t ON t.id = x.target_id
                  GROUP BY t.id, t.name, x.job_role) y
            ORDER BY y.target_name, y.job_role
            """;

    /**
     * BY_AREA from the summary: everyone with one membership has one row per target and is
     * simply added up; only the few with more (shared = 1) go through the DISTINCT that counts a
     * person once. %1$s reads all rows, %2$s only the shared ones.
     */
    private static final String BY_AREA_FROM_SUMMARY = """
            SELECT a.id, a.name, t.id, t.name, x.job_role, SUM(x.n), SUM(x.covered), SUM(x.booked), SUM(x.overdue)
            FROM (SELECT st.area_id AS area_id, st.target_id AS target_id, st.job_role AS job_role, COUNT(*) AS n,
                         SUM(st.covered) AS covered, SUM(st.booked) AS booked, SUM(st.overdue) AS overdue
                  FROM (%1$s) st WHERE st.shared = 0
                  GROUP BY st.area_id, st.target_id, st.job_role
                  UNION ALL
                  SELECT d.area_id AS area_id, d.target_id AS target_id, d.job_role AS job_role, COUNT(*) AS n,
                         SUM(d.covered) AS covered, SUM(d.booked) AS booked, SUM(d.overdue) AS overdue
                  FROM (SELECT DISTINCT st.area_id, st.target_id, st.person_id, st.job_role, st.covered, st.booked,
                                        st.overdue
                        FROM (%2$s) st WHERE st.shared = 1) d
                  GROUP BY d.area_id, d.target_id, d.job_role) x
            JOIN area a ON a.id = x.area_id
            JOIN target t ON t.id = x.target_id
            GROUP BY a.id, a.name, t.id, t.name, x.job_role
            ORDER BY a.name, t.name, x.job_role
            """;


    static final String HIRE_PLUS_MONTHS =
            "CAST({fn TIMESTAMPADD(SQL_TSI_MONTH, g.within_months_of_hire, CAST(a.hire_date AS TIMESTAMP))} AS DATE)";

    /** Every audience a target can have, as a one-column VALUES table: each job role and VOLUNTEER. */
    static final String AUDIENCES = Stream.concat(Arrays.stream(JobRole.values()).map(JobRole::name),
                    Stream.of("VOLUNTEER"))
            .map(audience -> "(CAST('" + audience + "' AS VARCHAR(30)))")
            .collect(Collectors.joining(", ", "VALUES ", ""));

    /**
     * Counts per institution, target and role first and joins the names to those few rows: joined
     * before grouping, Derby looked up the institution, area and target once per person row (755
     * lookups at the largest institution, 4 of its 10 ms).
     */
    private static final String BY_INSTITUTION = """
            SELECT i.id, i.name, i.type, a.id, a.name, t.id, t.name, t.required_percent, t.minimum_count,
                   x.job_role, x.n, x.covered, x.booked, x.overdue
            FROM (SELECT d.institution_id AS institution_id, d.target_id AS target_id, d.job_role AS job_role,
                         COUNT(*) AS n, SUM(d.covered) AS covered, SUM(d.booked) AS booked, SUM(d.overdue) AS overdue
                  FROM (SELECT DISTINCT st.institution_id, st.target_id, st.person_id, st.job_role,
                                        st.covered, st.booked, st.overdue
                        FROM (%s) st) d
                  GROUP BY d.institution_id, d.target_id, d.job_role) x
            JOIN institution i ON i.id = x.institution_id
            JOIN area a ON a.id = i.area_id
            JOIN target t ON t.id = x.target_id
            ORDER BY a.name, i.name, t.name, x.job_role
            """;

    private static final String BY_AREA = """
            SELECT a.id, a.name, t.id, t.name, x.job_role, COUNT(*), SUM(x.covered), SUM(x.booked), SUM(x.overdue)
            FROM (SELECT DISTINCT st.area_id, st.target_id, st.person_id, st.job_role,
                                  st.covered, st.booked, st.overdue
                  FROM (%s) st) x
            JOIN area a ON a.id = x.area_id
            JOIN target t ON t.id = x.target_id
            GROUP BY a.id, a.name, t.id, t.name, x.job_role
            ORDER BY a.name, t.name, x.job_role
            """;

    private static final String MUNICIPALITY = """
            SELECT t.id, t.name, x.job_role, COUNT(*), SUM(x.covered), SUM(x.booked), SUM(x.overdue)
            FROM (SELECT DISTINCT st.target_id, st.person_id, st.job_role, st.covered, st.booked, st.overdue
                  FROM (%s) st) x
            JOIN target t ON t.id = x.target_id
            GROUP BY t.id, t.name, x.job_role
            ORDER BY t.name, x.job_role
            """;

    private static final String MISSING = """
            SELECT p.id, p.first_name, p.last_name, p.job_role, st.deadline, st.booked, st.overdue
            FROM (%s) st
            JOIN person p ON p.id = st.person_id
            WHERE st.covered = 0
            ORDER BY p.last_name, p.first_name, p.id
            """;

    /**
     * Hours of competence development per FTE (årsværk) in a calendar year, per institution,
     * employees only. Hours: completions in the year (courses and activities) by people who
     * were members of the institution on the day; a person in two institutions counts at both.
     * FTE: each employee membership's fte weighted by the share of the year it was active, so
     * a leaver's or newcomer's hours are set against the part of the year they were there.
     * The year's completions are read from their date index and hashed against people and
     * memberships; left to itself Derby fetched every completion of every employee. %1$s narrows
     * the memberships to one institution (a quality report asks for one, and computing all of them
     * to keep one cost the whole municipality's work), %2$s the institutions listed.
     */
    private static final String HOURS_PER_FTE = """
            SELECT i.id, i.name, COALESCE(h.hours, 0), COALESCE(f.fte_days, 0)
            FROM institution i
            LEFT JOIN (SELECT ms.institution_id, SUM(c.hours) AS hours
                       FROM --DERBY-PROPERTIES joinOrder=FIXED
                            completion c --DERBY-PROPERTIES index=COMPLETION_DAY_IX
                            , person p --DERBY-PROPERTIES joinStrategy=HASH
                            , membership ms --DERBY-PROPERTIES joinStrategy=HASH
                       WHERE p.id = c.person_id AND ms.person_id = c.person_id
                         AND c.completed_on BETWEEN :yearStart AND :yearEnd AND p.kind = 'EMPLOYEE'
                         AND ms.start_date <= c.completed_on AND (ms.end_date IS NULL OR ms.end_date >= c.completed_on) %1$s
                       GROUP BY ms.institution_id) h ON h.institution_id = i.id
            LEFT JOIN (SELECT ms.institution_id,
                              SUM(ms.fte * ({fn TIMESTAMPDIFF(SQL_TSI_DAY,
                                  CAST(CASE WHEN ms.start_date > :yearStart THEN ms.start_date
                                            ELSE CAST(:yearStart AS DATE) END AS TIMESTAMP),
                                  CAST(CASE WHEN ms.end_date IS NULL OR ms.end_date > :yearEnd THEN CAST(:yearEnd AS DATE)
                                            ELSE ms.end_date END AS TIMESTAMP))} + 1)) AS fte_days
                       FROM membership ms JOIN person p ON p.id = ms.person_id
                       WHERE p.kind = 'EMPLOYEE' AND ms.fte IS NOT NULL
                         AND ms.start_date <= :yearEnd AND (ms.end_date IS NULL OR ms.end_date >= :yearStart) %1$s
                       GROUP BY ms.institution_id) f ON f.institution_id = i.id
            WHERE 1 = 1 %2$s
            ORDER BY i.name, i.id
            """;

    /**
     * Coverage per institution, target and job role. A job-role filter is applied after "met"
     * is decided, because met is about the institution's people in all the target's roles.
     */
    public List<CoverageRow> byInstitution(Connection connection, LocalDate referenceDate, CoverageFilter filter)
            throws SQLException {
        List<Counted> counted = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, BY_INSTITUTION, BY_INSTITUTION, referenceDate,
                filter.withoutJobRole());
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                CoverageRow row = new CoverageRow(rows.getLong(1), rows.getString(2), rows.getString(3),
                        rows.getLong(4), rows.getString(5), rows.getLong(6), rows.getString(7), rows.getString(10),
                        rows.getInt(11), rows.getInt(12), rows.getInt(13), rows.getInt(14), false);
                counted.add(new Counted(row, rows.getObject(8, Integer.class), rows.getObject(9, Integer.class)));
            }
        }
        return withMet(counted).stream().filter(row -> filter.admits(row.jobRole())).toList();
    }

    public List<CoverageTotal> byArea(Connection connection, LocalDate referenceDate, CoverageFilter filter)
            throws SQLException {
        List<CoverageTotal> totals = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, BY_AREA, BY_AREA_FROM_SUMMARY, referenceDate, filter);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                totals.add(new CoverageTotal(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getString(4),
                        rows.getString(5), rows.getInt(6), rows.getInt(7), rows.getInt(8), rows.getInt(9)));
            }
        }
        return totals;
    }

    public List<CoverageTotal> municipality(Connection connection, LocalDate referenceDate, CoverageFilter filter)
            throws SQLException {
        List<CoverageTotal> totals = new ArrayList<>();
        String sql = source == Source.SUMMARY
                ? MUNICIPALITY_FROM_SUMMARY.formatted(filter.summaryConditions(), PACKED_FLAGS, SHARED_ONLY)
                : MUNICIPALITY.formatted(status(filter));
        try (PreparedStatement statement = prepare(connection, sql, referenceDate, filter);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                int inScope = rows.getInt(4);
                if (source == Source.SUMMARY && inScope > PACKED_FIELD_MAX) {
                    // No flag can exceed the people in scope: below this, the packed fields cannot overflow.
                    throw new IllegalStateException(inScope + " people in one target and role: more than the "
                            + "packed count of the municipality report holds");
                }
                totals.add(new CoverageTotal(null, null, rows.getLong(1), rows.getString(2), rows.getString(3),
                        inScope, rows.getInt(5), rows.getInt(6), rows.getInt(7)));
            }
        }
        return totals;
    }

    /** The named people in the target's scope at the institution who are not covered on the date. */
    public List<MissingPerson> missing(Connection connection, LocalDate referenceDate, long institutionId,
                                       long targetId) throws SQLException {
        List<MissingPerson> people = new ArrayList<>();
        CoverageFilter filter = CoverageFilter.institution(institutionId).withTarget(targetId);
        try (PreparedStatement statement = prepare(connection, MISSING, MISSING, referenceDate, filter);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                people.add(new MissingPerson(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getDate(5).toLocalDate(), rows.getInt(6) == 1, rows.getInt(7) == 1));
            }
        }
        return people;
    }

    /** Hours per FTE of each institution the filter's area, type or institution admits (all: everything). */
    public List<HoursPerFte> hoursPerFte(Connection connection, int year, CoverageFilter filter) throws SQLException {
        BigDecimal daysInYear = daysIn(year);
        return yearsHours(connection, year, filter).stream()
                .map(w -> new HoursPerFte(w.institutionId(), w.institutionName(), w.hours(),
                        fte(w.fteDays(), daysInYear), perFte(w.hours(), w.fteDays(), daysInYear)))
                .toList();
    }

    /**
     * Hours per FTE of all the institutions the filter admits together: their hours over their
     * FTE, so each institution weighs by its working time (not an average of their ratios). A
     * person in two institutions counts at both, hours and working time alike, as per institution.
     */
    public HoursPerFte.Total hoursPerFteTotal(Connection connection, int year, CoverageFilter filter)
            throws SQLException {
        List<WorkingYear> rows = yearsHours(connection, year, filter);
        BigDecimal hours = rows.stream().map(WorkingYear::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fteDays = rows.stream().map(WorkingYear::fteDays).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal daysInYear = daysIn(year);
        return new HoursPerFte.Total(hours, fte(fteDays, daysInYear), perFte(hours, fteDays, daysInYear));
    }

    private List<WorkingYear> yearsHours(Connection connection, int year, CoverageFilter filter) throws SQLException {
        Map<String, Object> values = filter.parameters();
        values.put("yearStart", LocalDate.of(year, 1, 1));
        values.put("yearEnd", LocalDate.of(year, 12, 31));
        String oneInstitution = filter.institutionId() == null ? "" : " AND ms.institution_id = :institutionId";
        List<WorkingYear> rows = new ArrayList<>();
        try (PreparedStatement statement = new NamedSql(HOURS_PER_FTE.formatted(oneInstitution,
                        filter.institutionConditions())).prepare(connection, values);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(new WorkingYear(result.getLong(1), result.getString(2), result.getBigDecimal(3),
                        result.getBigDecimal(4)));
            }
        }
        return rows;
    }

    /** An institution's completed hours and its employees' working days × fte in a year. */
    private record WorkingYear(long institutionId, String institutionName, BigDecimal hours, BigDecimal fteDays) {
    }

    private static BigDecimal daysIn(int year) {
        return BigDecimal.valueOf(LocalDate.of(year, 1, 1).lengthOfYear());
    }

    private static BigDecimal fte(BigDecimal fteDays, BigDecimal daysInYear) {
        return fteDays.divide(daysInYear, 3, RoundingMode.HALF_UP);
    }

    private static BigDecimal perFte(BigDecimal hours, BigDecimal fteDays, BigDecimal daysInYear) {
        return fteDays.signum() == 0 ? null : hours.multiply(daysInYear).divide(fteDays, 1, RoundingMode.HALF_UP);
    }

    /** The outer query over the status rows of the source: all of them, and for the summary also only the shared. */
    private PreparedStatement prepare(Connection connection, String outer, String outerFromSummary, LocalDate day,
                                      CoverageFilter filter) throws SQLException {
        String sql = source == Source.SUMMARY
                ? outerFromSummary.formatted(SUMMARY_STATUS.formatted(filter.summaryConditions(), ""),
                        SUMMARY_STATUS.formatted(filter.summaryConditions(), SHARED_ONLY))
                : outer.formatted(status(filter));
        return prepare(connection, sql, day, filter);
    }

    private static PreparedStatement prepare(Connection connection, String sql, LocalDate day, CoverageFilter filter)
            throws SQLException {
        Map<String, Object> values = filter.parameters();
        values.put("day", day);
        values.put("dayAfter", Timestamp.valueOf(day.plusDays(1).atStartOfDay()));
        return new NamedSql(sql).prepare(connection, values);
    }

    static String status(CoverageFilter filter) {
        String targetModules = TARGET_MODULES.formatted(filter.targetCondition());
        String groups = GROUPS.formatted(AUDIENCES, filter.targetCondition(), filter.institutionConditions(),
                filter.audienceCondition());
        // An IN (subquery) on the institutions here instead of joins made Derby's optimizer
        // search for minutes before running the statement.
        String institutionJoin = filter.narrowsInstitutions() ? " JOIN institution i ON i.id = ms.institution_id" : "";
        String members = filter.institutionId() != null ? " (" + MEMBERS + ") mb," : "";
        return STATUS.formatted(groups, ACTIVE_PEOPLE.formatted(institutionJoin, filter.institutionConditions()),
                HIRE_PLUS_MONTHS,
                COVERED.formatted(targetModules, members, among(filter, "c.person_id")),
                BOOKED.formatted(targetModules, members, among(filter, "e.person_id")));
    }

    private static String among(CoverageFilter filter, String personColumn) {
        return filter.institutionId() != null ? " AND " + personColumn + " = mb.person_id" : "";
    }

    /** Decides "met" per institution and target over all its roles' rows. */
    private static List<CoverageRow> withMet(List<Counted> counted) {
        Map<String, Integer> inScope = counted.stream()
                .collect(Collectors.groupingBy(Counted::key, Collectors.summingInt(c -> c.row().inScope())));
        Map<String, Integer> covered = counted.stream()
                .collect(Collectors.groupingBy(Counted::key, Collectors.summingInt(c -> c.row().covered())));
        return counted.stream()
                .map(c -> c.row().withMet(CoverageCounts.meets(c.requiredPercent(), c.minimumCount(),
                        covered.get(c.key()), inScope.get(c.key()))))
                .toList();
    }

    /** A row of BY_INSTITUTION with its target's requirement, before "met" is known. */
    private record Counted(CoverageRow row, Integer requiredPercent, Integer minimumCount) {

        String key() {
            return row.institutionId() + "/" + row.targetId();
        }
    }
}
