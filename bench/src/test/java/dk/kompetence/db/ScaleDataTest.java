package dk.kompetence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.reporting.CoverageFilter;
import dk.kompetence.reporting.CoverageQuery;
import dk.kompetence.reporting.CoverageRow;
import dk.kompetence.reporting.CoverageTotal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's generator at 1 % of Copenhagen, in an in-memory Derby migrated by the real
 * migrations: the sizes it promises, the shape of a real municipality, rows that hang together,
 * and the same data for the same seed. Runs in the normal build so the generator cannot rot.
 */
class ScaleDataTest {

    private static final Scale ONE_PERCENT = Scale.COPENHAGEN.times(0.01);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 15);
    private static final LocalDate TODAY = NOW.toLocalDate();

    private static Connection connection;

    @BeforeAll
    static void generate() throws SQLException {
        connection = database("scale");
        ScaleData.write(connection, ONE_PERCENT, 2026, NOW);
    }

    @AfterAll
    static void drop() throws SQLException {
        drop(connection, "scale");
    }

    @Test
    void writesThePeopleSessionsAndRowsOfTheScale() throws SQLException {
        ScaleData.Counts counts = ScaleData.counts(connection);
        assertEquals(450, counts.people());
        assertEquals(200, counts.sessions());
        assertEquals(15_000, counts.enrolments() + counts.completions());
        assertTrue(counts.enrolments() > 2_000, "enrolments: " + counts.enrolments());
        assertTrue(counts.institutions() >= 12 && counts.institutions() <= 20, "institutions: " + counts.institutions());
        assertTrue(counts.modules() >= 30, "modules: " + counts.modules());
        assertEquals(9, count("SELECT COUNT(DISTINCT type) FROM institution"));
        assertEquals(11, count("SELECT COUNT(*) FROM area"));
    }

    @Test
    void peopleAreEmployeesWithSomeLeaversAndTwoPostsAndVolunteersInAssociations() throws SQLException {
        assertEquals(450 * 8 / 100, count("SELECT COUNT(*) FROM person WHERE kind = 'VOLUNTEER'"));
        assertEquals(0, count("SELECT COUNT(*) FROM person p JOIN membership m ON m.person_id = p.id "
                + "JOIN institution i ON i.id = m.institution_id WHERE p.kind = 'VOLUNTEER' AND i.type <> 'ASSOCIATION'"));
        assertTrue(count("SELECT COUNT(*) FROM person WHERE end_date < '" + TODAY + "'") > 0, "leavers");
        long twoMemberships = count("SELECT COUNT(*) FROM (SELECT person_id FROM membership GROUP BY person_id "
                + "HAVING COUNT(*) = 2) two");
        assertTrue(twoMemberships >= 1 && twoMemberships <= 450 * 3 / 100, "two memberships: " + twoMemberships);
        assertEquals(0, count("SELECT COUNT(*) FROM person p WHERE NOT EXISTS "
                + "(SELECT 1 FROM membership m WHERE m.person_id = p.id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM membership m JOIN person p ON p.id = m.person_id "
                + "WHERE m.start_date < p.hire_date OR (p.end_date IS NOT NULL AND m.end_date > p.end_date)"));
    }

    @Test
    void enrolmentsAndCompletionsHangTogether() throws SQLException {
        assertEquals(0, count("""
                SELECT COUNT(*) FROM enrolment e JOIN course_session s ON s.id = e.session_id
                WHERE NOT EXISTS (SELECT 1 FROM membership m WHERE m.person_id = e.person_id
                  AND m.institution_id = e.institution_id AND m.start_date <= s.starts_on
                  AND (m.end_date IS NULL OR m.end_date >= s.starts_on))"""), "enrolled from an institution of theirs");
        assertEquals(count("SELECT COUNT(*) FROM enrolment WHERE status = 'COMPLETED'"),
                count("SELECT COUNT(*) FROM completion c JOIN enrolment e ON e.id = c.enrolment_id "
                        + "JOIN course_session s ON s.id = e.session_id "
                        + "WHERE c.module_id = s.module_id AND c.completed_on = s.ends_on"));
        assertEquals(0, count("""
                SELECT COUNT(*) FROM course_session s
                WHERE s.seats_taken <> (SELECT COUNT(*) FROM enrolment e WHERE e.session_id = s.id
                                        AND e.status IN ('CONFIRMED', 'COMPLETED', 'NO_SHOW'))"""), "seats taken");
        assertEquals(0, count("SELECT COUNT(*) FROM completion WHERE completed_on > '" + TODAY + "'"));
        assertTrue(count("SELECT COUNT(*) FROM enrolment WHERE status = 'WAITLISTED'") > 0, "waitlists");
        assertTrue(count("SELECT COUNT(*) FROM completion WHERE activity_kind IS NOT NULL AND module_id IS NULL") > 0,
                "learning outside courses");
    }

    @Test
    void someCompletionsOfModulesWithARenewalPeriodHaveExpired() throws SQLException {
        assertTrue(count("""
                SELECT COUNT(*) FROM completion c JOIN course_module m ON m.id = c.module_id
                WHERE m.renewal_months IS NOT NULL
                  AND CAST({fn TIMESTAMPADD(SQL_TSI_MONTH, m.renewal_months, CAST(c.completed_on AS TIMESTAMP))} AS DATE)
                      <= '%s'""".formatted(TODAY)) > 0);
    }

    @Test
    void targetsIncludeAProgrammeAHeadCountAndWithinMonthsOfHireAndHrCanSignIn() throws SQLException {
        assertEquals(14, count("SELECT COUNT(*) FROM target"));
        assertTrue(count("SELECT COUNT(*) FROM target WHERE programme_id IS NOT NULL") > 0, "programme target");
        assertTrue(count("SELECT COUNT(*) FROM target WHERE minimum_count IS NOT NULL") > 0, "head-count target");
        assertTrue(count("SELECT COUNT(*) FROM target WHERE within_months_of_hire IS NOT NULL") > 0, "within N months");
        assertEquals(1, count("SELECT COUNT(*) FROM user_account a JOIN user_role r ON r.username = a.username "
                + "WHERE a.username = 'hr' AND r.role = 'hr'"));
    }

    @Test
    void theCoverageQueriesReportEveryTarget() throws SQLException {
        CoverageQuery query = new CoverageQuery(CoverageQuery.Source.BASE_TABLES);
        List<CoverageTotal> municipality = query.municipality(connection, TODAY, CoverageFilter.everything());
        Set<Long> targets = municipality.stream().map(CoverageTotal::targetId).collect(Collectors.toSet());
        assertEquals(14, targets.size());
        assertTrue(municipality.stream().anyMatch(total -> total.covered() > 0), "someone is covered");
        long school = count("SELECT MIN(id) FROM institution WHERE type = 'SCHOOL'");
        List<CoverageRow> rows = query.byInstitution(connection, TODAY, CoverageFilter.institution(school));
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(row -> row.institutionId() == school));
    }

    @Test
    void theSameSeedGivesTheSameData() throws Exception {
        Connection again = database("again");
        try {
            ScaleData.write(again, ONE_PERCENT, 2026, NOW);
            for (String table : List.of("institution", "person", "membership", "course_module", "course_session",
                    "enrolment", "completion")) {
                assertEquals(fingerprint(connection, table), fingerprint(again, table), table);
            }
        } finally {
            drop(again, "again");
        }
    }

    private static String fingerprint(Connection database, String table) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Statement statement = database.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    digest.update(String.valueOf(rows.getObject(i)).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Connection database(String name) throws SQLException {
        String url = "jdbc:derby:memory:" + name;
        Flyway.configure().dataSource(url + ";create=true", null, null).locations(MigrationLocations.derby()).load()
                .migrate();
        return DriverManager.getConnection(url);
    }

    private static void drop(Connection database, String name) throws SQLException {
        database.close();
        try {
            DriverManager.getConnection("jdbc:derby:memory:" + name + ";drop=true");
        } catch (SQLException expected) {
            // Derby reports a successful drop as an exception
        }
    }
}
