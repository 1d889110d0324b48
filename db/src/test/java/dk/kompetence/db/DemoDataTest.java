package dk.kompetence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo municipality is large and realistic enough to demo with, and keeps every rule of the schema. */
class DemoDataTest {

    private static final String URL = "jdbc:derby:memory:demodata";
    private static Connection connection;
    private static int otherDatabases;

    @BeforeAll
    static void load() throws SQLException {
        connection = migrate(URL);
        assertTrue(DemoData.loadIfEmpty(connection));
    }

    @AfterAll
    static void drop() throws SQLException {
        close(connection, URL);
    }

    @Test
    void institutionsCoverEveryTypeInAFewAreas() throws SQLException {
        assertTrue(count(connection, "SELECT COUNT(*) FROM institution") >= 30);
        assertEquals(9, count(connection, "SELECT COUNT(DISTINCT type) FROM institution"));
        assertBetween(3, 4, count(connection, "SELECT COUNT(*) FROM area"));
        assertEquals(11, count(connection, "SELECT COUNT(*) FROM strategy_track"));
        assertEquals(0, count(connection, "SELECT COUNT(*) FROM institution "
                + "WHERE type = 'SCHOOL' AND institution_number IS NULL"));
        assertEquals(0, count(connection, "SELECT COUNT(*) FROM institution WHERE type = 'DAYCARE' "
                + "AND (daycare_unit_number IS NULL OR p_number IS NULL)"));
    }

    @Test
    void peopleAreMostlyEmployeesWithSomeVolunteers() throws SQLException {
        assertBetween(550, 650, count(connection, "SELECT COUNT(*) FROM person WHERE kind = 'EMPLOYEE'"));
        assertBetween(50, 70, count(connection, "SELECT COUNT(*) FROM person WHERE kind = 'VOLUNTEER'"));
        assertTrue(count(connection, "SELECT COUNT(*) FROM person WHERE kind = 'EMPLOYEE' "
                + "AND hire_date > CAST({fn TIMESTAMPADD(SQL_TSI_MONTH, -6, CURRENT_DATE)} AS DATE)") > 10, "new employees");
        assertTrue(count(connection, "SELECT COUNT(*) FROM person WHERE end_date < CURRENT_DATE") > 0, "leavers");
        assertTrue(count(connection, "SELECT COUNT(*) FROM (SELECT person_id FROM membership GROUP BY person_id "
                + "HAVING COUNT(*) > 1) moved") > 0, "employees who moved institution");
    }

    @Test
    void catalogueHoldsTheStrategiesModules() throws SQLException {
        assertTrue(count(connection, "SELECT COUNT(*) FROM course_module") >= 22);
        assertTrue(count(connection, "SELECT COUNT(*) FROM course_module WHERE status = 'PUBLISHED'") >= 20);
        assertEquals(1, count(connection, "SELECT COUNT(*) FROM course_module m "
                + "JOIN course_module_approach a ON a.module_id = m.id WHERE m.title = "
                + "'NEST: Det fælles pædagogiske grundlag' AND m.status = 'PUBLISHED' AND a.approach = 'NEST'"));
        assertEquals(List.of("SOLUTION_FOCUSED"), texts(connection, "SELECT a.approach FROM course_module m "
                + "JOIN course_module_approach a ON a.module_id = m.id "
                + "WHERE m.title = 'Løsningsfokuseret tilgang (LØFT)' AND m.status = 'PUBLISHED'"));
        assertBetween(4, 6, count(connection, "SELECT COUNT(*) FROM programme_module pm "
                + "JOIN programme p ON p.id = pm.programme_id WHERE p.title = 'Hillerød-uddannelsen'"));
        assertTrue(count(connection, "SELECT COUNT(*) FROM course_module_prerequisite") > 0);
    }

    @Test
    void sessionsLieInThePastAndTheComingYearWithEnrolmentsByTheThousand() throws SQLException {
        assertTrue(count(connection, "SELECT COUNT(*) FROM course_session WHERE starts_on > CURRENT_DATE") >= 30);
        assertTrue(count(connection, "SELECT COUNT(*) FROM course_session WHERE ends_on < CURRENT_DATE") >= 60);
        assertEquals(0, count(connection, "SELECT COUNT(*) FROM course_session "
                + "WHERE starts_on > CAST({fn TIMESTAMPADD(SQL_TSI_DAY, 366, CURRENT_DATE)} AS DATE)"));
        assertTrue(count(connection, "SELECT COUNT(*) FROM enrolment") >= 2000);
        assertTrue(count(connection, "SELECT COUNT(*) FROM enrolment WHERE status = 'COMPLETED'") >= 1000);
        assertTrue(count(connection, "SELECT COUNT(*) FROM enrolment WHERE status = 'WAITLISTED'") > 0);
        assertTrue(count(connection, "SELECT COUNT(*) FROM enrolment WHERE status = 'REQUESTED'") > 0);
        assertEquals(0, count(connection, "SELECT COUNT(*) FROM enrolment e JOIN course_session s ON s.id = e.session_id "
                + "WHERE s.ends_on < CURRENT_DATE AND e.status IN ('REQUESTED', 'CONFIRMED', 'WAITLISTED')"));
    }

    @Test
    void targetsAskForPublishedModulesOrTheProgrammeWithPassedAndComingDeadlines() throws SQLException {
        assertEquals(9, count(connection, "SELECT COUNT(*) FROM target"));
        assertEquals(0, count(connection, "SELECT COUNT(*) FROM target t JOIN course_module m ON m.id = t.module_id "
                + "WHERE m.status <> 'PUBLISHED'"));
        assertEquals(1, count(connection, "SELECT COUNT(*) FROM target WHERE programme_id IS NOT NULL"));
        assertEquals(1, count(connection, "SELECT COUNT(*) FROM target WHERE minimum_count IS NOT NULL"));
        assertEquals(1, count(connection, "SELECT COUNT(*) FROM target WHERE includes_volunteers"));
        assertEquals(2, count(connection, "SELECT COUNT(*) FROM target_institution"));
        assertTrue(count(connection, "SELECT COUNT(*) FROM target WHERE deadline < CURRENT_DATE") > 0);
        assertTrue(count(connection, "SELECT COUNT(*) FROM target WHERE deadline > CURRENT_DATE") > 0);
    }

    @Test
    void budgetsRatesAndFeesCoverTheYearsOfTheSessions() throws SQLException {
        assertEquals(0, count(connection, "SELECT COUNT(*) FROM course_session s WHERE NOT EXISTS (SELECT 1 FROM "
                + "substitute_rate r WHERE r.rate_year = YEAR(s.starts_on) AND r.job_role = 'PEDAGOGUE')"),
                "sessions in a year without substitute rates");
        assertEquals(4, count(connection, "SELECT COUNT(*) FROM budget WHERE institution_id IS NULL"),
                "a central pool for each of the four years");
        assertTrue(count(connection, "SELECT COUNT(*) FROM budget WHERE over_budget_policy = 'BLOCK'") > 0);
        assertTrue(count(connection, "SELECT COUNT(*) FROM budget WHERE over_budget_policy = 'WARN' "
                + "AND institution_id IS NOT NULL") > 0);
        assertEquals(3, count(connection, "SELECT COUNT(*) FROM course_module WHERE fee_per_participant > 0"));
        assertTrue(count(connection, "SELECT COUNT(*) FROM course_session WHERE payer = 'EXTERNAL_FUND'") > 0);
        assertTrue(count(connection, "SELECT COUNT(*) FROM course_session WHERE payer = 'CENTRAL_POOL'") > 0);
        assertTrue(count(connection, "SELECT COUNT(*) FROM course_session WHERE payer = 'INSTITUTION'") > 0);
    }

    /**
     * The strict (BLOCK) budgets leave at least half unused by the demo enrolments, so approving
     * a few more in the demo and the integration tests is not refused.
     */
    @Test
    void strictBudgetsLeaveRoomForMoreApprovals() throws SQLException {
        String used = "SELECT COUNT(*) FROM budget b WHERE b.over_budget_policy = 'BLOCK' AND b.amount < 2 * ("
                + DemoCosts.USED + ")";
        assertEquals(0, count(connection, used), "strict budgets more than half used");
    }

    @Test
    void theDemoDataKeepsTheRules() throws SQLException {
        assertInvariants(connection);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2028-02-29T23:59:30", "2028-07-15T12:00:00", "2029-12-24T00:00:10"})
    void theRulesHoldWhateverDayTheDataIsLoaded(String now) throws SQLException {
        String url = "jdbc:derby:memory:demodata-on-" + (++otherDatabases);
        Connection other = migrate(url);
        try {
            load(other, LocalDateTime.parse(now));
            assertInvariants(other);
        } finally {
            close(other, url);
        }
    }

    @Test
    void danishLettersRoundTrip() throws SQLException {
        assertTrue(count(connection, "SELECT COUNT(*) FROM person "
                + "WHERE last_name IN ('Sørensen', 'Østergaard', 'Ågård', 'Bækgaard')") > 0);
        assertEquals(List.of("Økonomi"), texts(connection, "SELECT name FROM strategy_track WHERE code = 'OEKONOMI'"));
        assertEquals(List.of("Hillerød Kommune"), texts(connection, "SELECT name FROM municipality"));
        assertEquals(List.of("Spejdergruppen Ørnereden"),
                texts(connection, "SELECT name FROM institution WHERE name LIKE 'Spejder%'"));
    }

    @Test
    void theSameSeedAndDayGiveTheSameData() throws SQLException {
        LocalDateTime now = LocalDateTime.parse("2027-05-04T10:15:00");
        String people = "SELECT first_name || ' ' || last_name || ' ' || COALESCE(job_role, '') FROM person ORDER BY id";
        String enrolments = "SELECT s.code || ' ' || CAST(e.person_id AS CHAR(20)) || ' ' || e.status "
                + "FROM enrolment e JOIN course_session s ON s.id = e.session_id ORDER BY e.id";
        List<List<String>> loads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String url = "jdbc:derby:memory:demodata-same-" + (++otherDatabases);
            Connection other = migrate(url);
            try {
                load(other, now);
                loads.add(texts(other, people));
                loads.add(texts(other, enrolments));
            } finally {
                close(other, url);
            }
        }
        assertEquals(loads.get(0), loads.get(2));
        assertEquals(loads.get(1), loads.get(3));
    }

    private static void assertInvariants(Connection on) throws SQLException {
        assertEquals(0, count(on, "SELECT COUNT(*) FROM person p WHERE p.kind = 'EMPLOYEE' "
                + "AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.person_id = p.id)"), "employees without membership");
        assertEquals(0, count(on, "SELECT COUNT(*) FROM person p WHERE p.kind = 'VOLUNTEER' AND NOT EXISTS ("
                + "SELECT 1 FROM membership m JOIN institution i ON i.id = m.institution_id "
                + "WHERE m.person_id = p.id AND i.type = 'ASSOCIATION')"), "volunteers outside associations");
        assertEquals(0, count(on, "SELECT COUNT(*) FROM membership m JOIN person p ON p.id = m.person_id "
                + "JOIN institution i ON i.id = m.institution_id WHERE p.kind = 'VOLUNTEER' AND i.type <> 'ASSOCIATION'"),
                "volunteers in municipal institutions");
        assertEquals(0, count(on, "SELECT COUNT(*) FROM membership m JOIN person p ON p.id = m.person_id "
                + "WHERE (p.kind = 'VOLUNTEER' AND m.fte IS NOT NULL) OR (p.kind = 'EMPLOYEE' AND m.fte IS NULL)"),
                "working time: employees have it, volunteers do not");
        assertEquals(0, count(on, "SELECT COUNT(*) FROM course_session s WHERE s.seats_taken > s.capacity "
                + "OR s.seats_taken <> (SELECT COUNT(*) FROM enrolment e WHERE e.session_id = s.id "
                + "AND e.status IN ('CONFIRMED', 'COMPLETED', 'NO_SHOW'))"), "seats taken out of step");
        assertEquals(0, count(on, "SELECT COUNT(*) FROM course_session s WHERE s.seats_taken < s.capacity "
                + "AND EXISTS (SELECT 1 FROM enrolment e WHERE e.session_id = s.id AND e.status = 'WAITLISTED')"),
                "waitlist while seats are free");
        assertEquals(0, count(on, "SELECT COUNT(*) FROM course_session s JOIN session_reservation r "
                + "ON r.session_id = s.id WHERE s.seats_taken + r.seats > s.capacity"), "reservations overbook");
        assertEquals(0, count(on, "SELECT COUNT(*) FROM course_session s WHERE NOT EXISTS "
                + "(SELECT 1 FROM session_meeting m WHERE m.session_id = s.id)"), "sessions without meetings");
        assertEquals(0, count(on, "SELECT COUNT(*) FROM session_meeting m JOIN course_session s ON s.id = m.session_id "
                + "WHERE m.meeting_date < s.starts_on OR m.meeting_date > s.ends_on"), "meetings outside the session");
        assertEquals(0, count(on, "SELECT COUNT(*) FROM enrolment e JOIN course_session s ON s.id = e.session_id "
                + "WHERE e.requested_at >= CAST(s.starts_on AS TIMESTAMP)"), "requested after the start");
        assertEquals(0, count(on, "SELECT COUNT(*) FROM enrolment e WHERE NOT EXISTS (SELECT 1 FROM membership m "
                + "WHERE m.person_id = e.person_id AND m.institution_id = e.institution_id "
                + "AND m.start_date <= CAST(e.requested_at AS DATE))"), "enrolled from another institution");
        assertEquals(0, count(on, "SELECT COUNT(*) FROM enrolment e JOIN course_session s ON s.id = e.session_id "
                + "WHERE e.status IN ('REQUESTED', 'CONFIRMED', 'WAITLISTED') AND e.active_module_id <> s.module_id"),
                "active enrolment names another module");
        assertEquals(0, count(on, "SELECT COUNT(*) FROM enrolment e WHERE e.status = 'COMPLETED' "
                + "AND (SELECT COUNT(*) FROM completion c WHERE c.enrolment_id = e.id) <> 1"),
                "completed enrolment without exactly one completion");
        assertEquals(0, count(on, "SELECT COUNT(*) FROM completion c JOIN enrolment e ON e.id = c.enrolment_id "
                + "WHERE e.status <> 'COMPLETED'"), "completion for an enrolment that was not completed");
        assertBetween(100, 200, count(on, "SELECT COUNT(*) FROM completion WHERE enrolment_id IS NULL"));
    }

    private static void load(Connection on, LocalDateTime now) throws SQLException {
        on.setAutoCommit(false);
        new DemoDataWriter(on, now).write();
        on.commit();
        on.setAutoCommit(true);
    }

    private static Connection migrate(String url) throws SQLException {
        Flyway.configure().dataSource(url + ";create=true", null, null)
                .locations(MigrationLocations.derby()).load().migrate();
        return DriverManager.getConnection(url);
    }

    private static void close(Connection open, String url) throws SQLException {
        open.close();
        try {
            DriverManager.getConnection(url + ";drop=true");
        } catch (SQLException expected) {
            // Derby reports a successful drop as an exception
        }
    }

    private static void assertBetween(long low, long high, long actual) {
        assertTrue(actual >= low && actual <= high, actual + " not in " + low + ".." + high);
    }

    private static long count(Connection on, String sql) throws SQLException {
        try (Statement statement = on.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> texts(Connection on, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = on.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
