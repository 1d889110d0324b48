package dk.kompetence.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import dk.kompetence.domain.person.JobRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /**
     * Each active target's modules with their renewal period, and how many modules the target
     * takes (1, or all of the programme's). Derby names a union's columns only where both
     * branches agree, hence the repeated aliases.
     */
    private static final String TARGET_MODULES = """
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
     * Read from the index on completion (module_id, person_id, completed_on) alone.
     */
    private static final String COVERED = """
            SELECT tm.target_id, c.person_id
            FROM (%1$s) tm
            JOIN completion c ON c.module_id = tm.module_id
            WHERE c.completed_on <= :day %2$s
              AND (tm.renewal_months IS NULL
                   OR CAST({fn TIMESTAMPADD(SQL_TSI_MONTH, tm.renewal_months, CAST(c.completed_on AS TIMESTAMP))} AS DATE) > :day)
            GROUP BY tm.target_id, c.person_id
            HAVING COUNT(DISTINCT tm.module_id) = MAX(tm.modules)
            """;

    /** (target, person) with an active enrolment, requested by :day, for one of the target's modules. */
    private static final String BOOKED = """
            SELECT DISTINCT tm.target_id, e.person_id
            FROM (%1$s) tm
            JOIN enrolment e ON e.active_module_id = tm.module_id
            WHERE e.requested_at < :dayAfter %2$s
            """;

    /**
     * Where each active target applies: its institution types, its named institutions, or
     * everywhere when it names neither. UNION, not UNION ALL: a type and a name may overlap.
     */
    private static final String PLACES = """
            SELECT x.target_id, i.id AS institution_id
            FROM target_institution_type x JOIN institution i ON i.type = x.institution_type
            UNION
            SELECT x.target_id, x.institution_id FROM target_institution x
            UNION
            SELECT t.id AS target_id, i.id AS institution_id
            FROM target t, institution i
            WHERE NOT EXISTS (SELECT 1 FROM target_institution_type x WHERE x.target_id = t.id)
              AND NOT EXISTS (SELECT 1 FROM target_institution x WHERE x.target_id = t.id)
            """;

    /**
     * Whom each target is for, as the audience of ACTIVE_PEOPLE: its job roles (none named:
     * every role) when it includes employees, and VOLUNTEER when it includes volunteers.
     */
    private static final String AUDIENCES = """
            SELECT t.id AS target_id, r.job_role AS audience
            FROM target t JOIN target_job_role r ON r.target_id = t.id
            WHERE t.includes_employees
            UNION ALL
            SELECT t.id AS target_id, roles.audience
            FROM target t, (%1$s) AS roles (audience)
            WHERE t.includes_employees AND NOT EXISTS (SELECT 1 FROM target_job_role r WHERE r.target_id = t.id)
            UNION ALL
            SELECT t.id AS target_id, CAST('VOLUNTEER' AS VARCHAR(30)) AS audience
            FROM target t
            WHERE t.includes_volunteers
            """;

    /**
     * Each active target's groups: (target, institution, audience), with what decides the
     * deadline. DISTINCT keeps Derby from flattening it into the big join below, so it is
     * built once, small, and hashed.
     */
    private static final String GROUPS = """
            SELECT DISTINCT t.id AS target_id, i.id AS institution_id, i.area_id, au.audience,
                            t.deadline, t.within_months_of_hire
            FROM target t
            JOIN (%1$s) pl ON pl.target_id = t.id
            JOIN institution i ON i.id = pl.institution_id
            JOIN (%2$s) au ON au.target_id = t.id
            WHERE t.active %3$s %4$s %5$s
            """;

    /**
     * Everyone with a membership and an employment (or volunteering) active on :day, once per
     * institution, with their audience: the job role, or VOLUNTEER.
     */
    private static final String ACTIVE_PEOPLE = """
            SELECT ms.institution_id, p.id AS person_id, COALESCE(p.job_role, 'VOLUNTEER') AS audience,
                   p.job_role, p.hire_date
            FROM membership ms JOIN person p ON p.id = ms.person_id
            WHERE ms.start_date <= :day AND (ms.end_date IS NULL OR ms.end_date >= :day)
              AND (p.hire_date IS NULL OR p.hire_date <= :day) AND (p.end_date IS NULL OR p.end_date >= :day) %1$s
            GROUP BY ms.institution_id, p.id, p.job_role, p.hire_date
            """;

    /**
     * Every in-scope (target, institution, person) with the person's deadline and the flags
     * covered / booked / overdue as 0 or 1. The two left joins meet grouped derived tables
     * keyed by (target, person), which Derby hashes once.
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
                  JOIN (%2$s) a ON a.institution_id = g.institution_id AND a.audience = g.audience) s
            LEFT JOIN (%4$s) c ON c.target_id = s.target_id AND c.person_id = s.person_id
            LEFT JOIN (%5$s) b ON b.target_id = s.target_id AND b.person_id = s.person_id
            """;

    private static final String HIRE_PLUS_MONTHS =
            "CAST({fn TIMESTAMPADD(SQL_TSI_MONTH, g.within_months_of_hire, CAST(a.hire_date AS TIMESTAMP))} AS DATE)";

    /** Every job role as a one-column VALUES table, for targets that name no roles. */
    private static final String ALL_JOB_ROLES = Arrays.stream(JobRole.values())
            .map(role -> "(CAST('" + role.name() + "' AS VARCHAR(30)))")
            .collect(Collectors.joining(", ", "VALUES ", ""));

    private static final String BY_INSTITUTION = """
            SELECT i.id, i.name, i.type, a.id, a.name, t.id, t.name, t.required_percent, t.minimum_count,
                   x.job_role, COUNT(*), SUM(x.covered), SUM(x.booked), SUM(x.overdue)
            FROM (SELECT DISTINCT st.institution_id, st.target_id, st.person_id, st.job_role,
                                  st.covered, st.booked, st.overdue
                  FROM (%s) st) x
            JOIN institution i ON i.id = x.institution_id
            JOIN area a ON a.id = i.area_id
            JOIN target t ON t.id = x.target_id
            GROUP BY i.id, i.name, i.type, a.id, a.name, t.id, t.name, t.required_percent, t.minimum_count, x.job_role
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

    public List<CoverageRow> byInstitution(Connection connection, LocalDate referenceDate, CoverageFilter filter)
            throws SQLException {
        List<InstitutionCounts> counts = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, BY_INSTITUTION, referenceDate, filter);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.add(new InstitutionCounts(rows));
            }
        }
        return withMet(counts);
    }

    public List<CoverageTotal> byArea(Connection connection, LocalDate referenceDate, CoverageFilter filter)
            throws SQLException {
        List<CoverageTotal> totals = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, BY_AREA, referenceDate, filter);
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
        try (PreparedStatement statement = prepare(connection, MUNICIPALITY, referenceDate, filter);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                totals.add(new CoverageTotal(null, null, rows.getLong(1), rows.getString(2), rows.getString(3),
                        rows.getInt(4), rows.getInt(5), rows.getInt(6), rows.getInt(7)));
            }
        }
        return totals;
    }

    /** The named people in the target's scope at the institution who are not covered on the date. */
    public List<MissingPerson> missing(Connection connection, LocalDate referenceDate, long institutionId,
                                       long targetId) throws SQLException {
        List<MissingPerson> people = new ArrayList<>();
        CoverageFilter filter = CoverageFilter.institution(institutionId).withTarget(targetId);
        try (PreparedStatement statement = prepare(connection, MISSING, referenceDate, filter);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                people.add(new MissingPerson(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getDate(5).toLocalDate(), rows.getInt(6) == 1, rows.getInt(7) == 1));
            }
        }
        return people;
    }

    private static PreparedStatement prepare(Connection connection, String outer, LocalDate day, CoverageFilter filter)
            throws SQLException {
        Map<String, Object> values = filter.parameters();
        values.put("day", day);
        values.put("dayAfter", java.sql.Timestamp.valueOf(day.plusDays(1).atStartOfDay()));
        return new NamedSql(outer.formatted(status(filter))).prepare(connection, values);
    }

    static String status(CoverageFilter filter) {
        String targetModules = TARGET_MODULES.formatted(filter.targetCondition());
        String groups = GROUPS.formatted(PLACES, AUDIENCES.formatted(ALL_JOB_ROLES), filter.targetCondition(),
                filter.institutionConditions(), filter.audienceCondition());
        return STATUS.formatted(groups, ACTIVE_PEOPLE.formatted(filter.memberRestriction("ms.institution_id")),
                HIRE_PLUS_MONTHS, COVERED.formatted(targetModules, filter.personRestriction("c.person_id")),
                BOOKED.formatted(targetModules, filter.personRestriction("e.person_id")));
    }

    /** Decides "met" per institution and target over all its roles' rows. */
    private static List<CoverageRow> withMet(List<InstitutionCounts> counts) {
        Map<String, int[]> totals = new HashMap<>();
        for (InstitutionCounts count : counts) {
            int[] total = totals.computeIfAbsent(count.key(), key -> new int[2]);
            total[0] += count.inScope;
            total[1] += count.covered;
        }
        List<CoverageRow> rows = new ArrayList<>(counts.size());
        for (InstitutionCounts count : counts) {
            int[] total = totals.get(count.key());
            boolean met = count.minimumCount != null
                    ? total[1] >= count.minimumCount
                    : 100L * total[1] >= (long) count.requiredPercent * total[0];
            rows.add(new CoverageRow(count.institutionId, count.institutionName, count.institutionType, count.areaId,
                    count.areaName, count.targetId, count.targetName, count.jobRole, count.inScope, count.covered,
                    count.booked, count.overdue, met));
        }
        return rows;
    }

    /** One row of BY_INSTITUTION before "met" is known. */
    private static final class InstitutionCounts {
        final long institutionId;
        final String institutionName;
        final String institutionType;
        final long areaId;
        final String areaName;
        final long targetId;
        final String targetName;
        final Integer requiredPercent;
        final Integer minimumCount;
        final String jobRole;
        final int inScope;
        final int covered;
        final int booked;
        final int overdue;

        InstitutionCounts(ResultSet row) throws SQLException {
            institutionId = row.getLong(1);
            institutionName = row.getString(2);
            institutionType = row.getString(3);
            areaId = row.getLong(4);
            areaName = row.getString(5);
            targetId = row.getLong(6);
            targetName = row.getString(7);
            requiredPercent = row.getObject(8, Integer.class);
            minimumCount = row.getObject(9, Integer.class);
            jobRole = row.getString(10);
            inScope = row.getInt(11);
            covered = row.getInt(12);
            booked = row.getInt(13);
            overdue = row.getInt(14);
        }

        String key() {
            return institutionId + "/" + targetId;
        }
    }
}
