package dk.kompetence.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the coverage summary (table coverage_status) current. Each refresh deletes the rows a
 * change can touch and computes them again from the base tables with the same definitions as
 * {@link CoverageQuery}, in the caller's transaction, so a report read after the commit is
 * exact. Refreshes are narrow: a person's rows, a target's rows, an institution's people.
 * Plain JDBC: the caller owns the connection and the transaction.
 */
public class CoverageSummary {

    /** Derby compiles an IN list into the statement; chunks keep statements small and cacheable. */
    private static final int CHUNK = 100;

    /**
     * Per target and person holding every module the target takes: the day their latest
     * completions stop covering it (the earliest expiry over the modules). Completions are never
     * dated after the day they are recorded, so for today and later the latest one decides.
     * The fixed join order walks the few target modules and probes the completions by module (or,
     * for a few people, by person): left to itself Derby read every completion and evaluated the
     * target modules' union once for each, which took minutes at Copenhagen scale. No aggregate
     * sees a NULL (a module without renewal is 0 here): Derby adds a warning for each group that
     * drops one, and chaining hundreds of thousands of warnings is quadratic.
     */
    private static final String COVERED_UNTIL = """
            SELECT x.target_id, x.person_id, MIN(x.until) AS covered_until
            FROM (SELECT tm.target_id, c.person_id, MAX(tm.modules) AS modules,
                         CASE WHEN MAX(COALESCE(tm.renewal_months, 0)) = 0 THEN DATE('9999-12-31')
                              ELSE CAST({fn TIMESTAMPADD(SQL_TSI_MONTH, MAX(COALESCE(tm.renewal_months, 0)),
                                        CAST(MAX(c.completed_on) AS TIMESTAMP))} AS DATE) END AS until
                  FROM --DERBY-PROPERTIES joinOrder=FIXED
                       (%1$s) tm, completion c %3$s
                  WHERE c.module_id = tm.module_id %2$s
                  GROUP BY tm.target_id, tm.module_id, c.person_id) x
            GROUP BY x.target_id, x.person_id
            HAVING COUNT(*) = MAX(x.modules)
            """;

    /** (target, person) with an active enrolment for one of the target's modules. */
    private static final String BOOKED = """
            SELECT DISTINCT tm.target_id, e.person_id
            FROM --DERBY-PROPERTIES joinOrder=FIXED
                 (%1$s) tm, enrolment e %3$s
            WHERE e.active_module_id = tm.module_id %2$s
            """;

    /**
     * Every membership with the part of it in which the person is also employed (or volunteering),
     * and whether the person has more than one membership: only then can they have several rows
     * for a target (see V010). Memberships change only with their person, whose refresh sets it.
     */
    private static final String MEMBERSHIPS = """
            SELECT ms.institution_id, p.id AS person_id, COALESCE(p.job_role, 'VOLUNTEER') AS audience,
                   p.job_role, p.hire_date,
                   CASE WHEN p.hire_date > ms.start_date THEN p.hire_date ELSE ms.start_date END AS in_scope_from,
                   CASE WHEN p.end_date IS NOT NULL AND (ms.end_date IS NULL OR p.end_date < ms.end_date) THEN p.end_date
                        ELSE COALESCE(ms.end_date, DATE('9999-12-31')) END AS in_scope_until,
                   CASE WHEN mc.memberships > 1 THEN 1 ELSE 0 END AS shared
            FROM membership ms JOIN person p ON p.id = ms.person_id
            JOIN (SELECT m2.person_id, COUNT(*) AS memberships FROM membership m2 WHERE 1 = 1 %2$s
                  GROUP BY m2.person_id) mc ON mc.person_id = p.id
            WHERE 1 = 1 %1$s
            """;

    private static final String INSERT = """
            INSERT INTO coverage_status (target_id, institution_id, area_id, institution_type, person_id, audience,
                                         job_role, in_scope_from, in_scope_until, deadline, covered_until, booked,
                                         shared)
            SELECT g.target_id, g.institution_id, g.area_id, g.institution_type, a.person_id, a.audience,
                   a.job_role, a.in_scope_from, a.in_scope_until,
                   CASE WHEN g.within_months_of_hire IS NULL OR a.hire_date IS NULL THEN g.deadline
                        WHEN %4$s > g.deadline THEN %4$s
                        ELSE g.deadline END,
                   c.covered_until,
                   CASE WHEN b.person_id IS NULL THEN 0 ELSE 1 END,
                   a.shared
            FROM (%1$s) g
            JOIN (%2$s) a --DERBY-PROPERTIES joinStrategy=HASH
              ON a.institution_id = g.institution_id AND a.audience = g.audience
            LEFT JOIN (%3$s) c --DERBY-PROPERTIES joinStrategy=HASH
              ON c.target_id = g.target_id AND c.person_id = a.person_id
            LEFT JOIN (%5$s) b --DERBY-PROPERTIES joinStrategy=HASH
              ON b.target_id = g.target_id AND b.person_id = a.person_id
            WHERE a.in_scope_from <= a.in_scope_until
            """;

    /** Recomputes everything: after migrations, demo data or a bulk load. */
    public void rebuild(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM coverage_status")) {
            delete.executeUpdate();
        }
        insert(connection, "", "", "", false, Map.of());
    }

    /** After a change to these people: a completion, an enrolment, their job, dates or memberships. */
    public void refreshPeople(Connection connection, Collection<Long> personIds) throws SQLException {
        List<Long> ids = new ArrayList<>(new TreeSet<>(personIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<String, Object> values = new HashMap<>();
            String people = list("person", chunk, values);
            String institutions = list("institution", institutionsOf(connection, chunk), values);
            try (PreparedStatement delete = new NamedSql("DELETE FROM coverage_status WHERE person_id IN " + people)
                    .prepare(connection, values)) {
                delete.executeUpdate();
            }
            insert(connection, " AND i.id IN " + institutions, " AND p.id IN " + people,
                    " AND %s IN " + people, true, values);
        }
    }

    /** After a target was created, changed or deactivated. */
    public void refreshTarget(Connection connection, long targetId) throws SQLException {
        Map<String, Object> values = Map.of("targetId", targetId);
        try (PreparedStatement delete = new NamedSql("DELETE FROM coverage_status WHERE target_id = :targetId")
                .prepare(connection, values)) {
            delete.executeUpdate();
        }
        insertForTarget(connection, values);
    }

    /** After a module's renewal period changed: every target that takes it. */
    public void refreshTargetsOfModule(Connection connection, long moduleId) throws SQLException {
        for (long target : ids(connection, """
                SELECT t.id FROM target t WHERE t.module_id = :id
                UNION SELECT t.id FROM target t JOIN programme_module pm ON pm.programme_id = t.programme_id
                WHERE pm.module_id = :id""", moduleId)) {
            refreshTarget(connection, target);
        }
    }

    /** After a programme's modules changed. */
    public void refreshTargetsOfProgramme(Connection connection, long programmeId) throws SQLException {
        for (long target : ids(connection, "SELECT t.id FROM target t WHERE t.programme_id = :id", programmeId)) {
            refreshTarget(connection, target);
        }
    }

    /** After an institution's type or area changed: everyone who ever belonged to it. */
    public void refreshInstitution(Connection connection, long institutionId) throws SQLException {
        refreshPeople(connection, ids(connection,
                "SELECT DISTINCT ms.person_id FROM membership ms WHERE ms.institution_id = :id", institutionId));
    }

    private void insertForTarget(Connection connection, Map<String, Object> values) throws SQLException {
        String targetModules = CoverageQuery.TARGET_MODULES.formatted(" AND t.id = :targetId");
        String groups = CoverageQuery.GROUPS.formatted(CoverageQuery.AUDIENCES, " AND t.id = :targetId", "", "");
        run(connection, groups, MEMBERSHIPS.formatted("", ""),
                COVERED_UNTIL.formatted(targetModules, "", "--DERBY-PROPERTIES index=COMPLETION_MODULE_PERSON_IX"),
                BOOKED.formatted(targetModules, "", "--DERBY-PROPERTIES index=ENROLMENT_ACTIVE_MODULE_IX"), values);
    }

    /**
     * Inserts the rows of every active target, narrowed by conditions on the institution (i),
     * the person (p) and, with %s standing for the person column, on completions and enrolments.
     * For a few people their completions and enrolments are read through the person indexes:
     * a scan by module would also wait for other people's uncommitted enrolments.
     */
    private void insert(Connection connection, String institutionCondition, String personCondition,
                        String personColumnCondition, boolean byPerson, Map<String, Object> values)
            throws SQLException {
        String targetModules = CoverageQuery.TARGET_MODULES.formatted("");
        String groups = CoverageQuery.GROUPS.formatted(CoverageQuery.AUDIENCES, "", institutionCondition, "");
        run(connection, groups, MEMBERSHIPS.formatted(personCondition, personColumnCondition.formatted("m2.person_id")),
                COVERED_UNTIL.formatted(targetModules, personColumnCondition.formatted("c.person_id"),
                        byPerson ? "--DERBY-PROPERTIES index=COMPLETION_PERSON_IX"
                                : "--DERBY-PROPERTIES index=COMPLETION_MODULE_PERSON_IX"),
                BOOKED.formatted(targetModules, personColumnCondition.formatted("e.person_id"),
                        byPerson ? "--DERBY-PROPERTIES index=ENROLMENT_PERSON_IX"
                                : "--DERBY-PROPERTIES index=ENROLMENT_ACTIVE_MODULE_IX"), values);
    }

    private static void run(Connection connection, String groups, String memberships, String coveredUntil,
                            String booked, Map<String, Object> values) throws SQLException {
        String sql = INSERT.formatted(groups, memberships, coveredUntil, CoverageQuery.HIRE_PLUS_MONTHS, booked);
        try (PreparedStatement insert = new NamedSql(sql).prepare(connection, values)) {
            insert.executeUpdate();
        }
    }

    private static Set<Long> institutionsOf(Connection connection, List<Long> people) throws SQLException {
        Map<String, Object> values = new HashMap<>();
        String sql = "SELECT DISTINCT ms.institution_id FROM membership ms WHERE ms.person_id IN "
                + list("person", people, values);
        Set<Long> institutions = new TreeSet<>();
        try (PreparedStatement statement = new NamedSql(sql).prepare(connection, values);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                institutions.add(rows.getLong(1));
            }
        }
        if (institutions.isEmpty()) {
            institutions.add(-1L); // IN () is not SQL; nobody belongs to institution -1
        }
        return institutions;
    }

    private static List<Long> ids(Connection connection, String sql, long id) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = new NamedSql(sql).prepare(connection, Map.of("id", id));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** "(:name0, :name1, ...)" with the values put in the map. */
    private static String list(String name, Collection<Long> ids, Map<String, Object> values) {
        StringBuilder sql = new StringBuilder("(");
        int i = 0;
        for (Long id : ids) {
            sql.append(i == 0 ? "" : ", ").append(':').append(name).append(i);
            values.put(name + i, id);
            i++;
        }
        return sql.append(')').toString();
    }
}
