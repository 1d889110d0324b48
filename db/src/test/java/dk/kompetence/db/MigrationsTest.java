package dk.kompetence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The migrations against a real (in-memory) Derby: the database refuses what Java refuses. */
class MigrationsTest {

    private static int databases;
    private String url;
    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        url = "jdbc:derby:memory:migrations" + (++databases);
        Flyway.configure().dataSource(url + ";create=true", null, null)
                .locations(MigrationLocations.derby()).load().migrate();
        connection = DriverManager.getConnection(url);
    }

    @AfterEach
    void drop() throws SQLException {
        connection.close();
        try {
            DriverManager.getConnection(url + ";drop=true");
        } catch (SQLException expected) {
            // Derby reports a successful drop as an exception
        }
    }

    @Test
    void demoDataLoadsOnceIntoAnEmptyDatabase() throws SQLException {
        assertTrue(DemoData.loadIfEmpty(connection));
        assertFalse(DemoData.loadIfEmpty(connection), "second load is a no-op");
        assertTrue(count("SELECT COUNT(*) FROM course_module WHERE status = 'PUBLISHED'") >= 4);
    }

    @Test
    void seatsTakenCannotExceedCapacity() throws SQLException {
        long session = sessionWithCapacity(2);
        assertThrows(SQLException.class,
                () -> execute("UPDATE course_session SET seats_taken = 3 WHERE id = " + session));
    }

    @Test
    void aPersonCannotHoldTwoActiveEnrolmentsForOneModule() throws SQLException {
        long session = sessionWithCapacity(5);
        long module = count("SELECT module_id FROM course_session WHERE id = " + session);
        long person = employee("E1");
        execute("INSERT INTO enrolment (session_id, person_id, active_module_id, status, requested_at, requested_by) "
                + "VALUES (" + session + ", " + person + ", " + module + ", 'CONFIRMED', CURRENT_TIMESTAMP, 'test')");
        assertThrows(SQLException.class, () -> execute(
                "INSERT INTO enrolment (session_id, person_id, active_module_id, status, requested_at, requested_by) "
                        + "VALUES (" + session + ", " + person + ", " + module + ", 'WAITLISTED', CURRENT_TIMESTAMP, 'test')"));
        execute("INSERT INTO enrolment (session_id, person_id, active_module_id, status, requested_at, requested_by) "
                + "VALUES (" + session + ", " + person + ", NULL, 'CANCELLED', CURRENT_TIMESTAMP, 'test')");
    }

    @Test
    void anActiveEnrolmentMustNameItsModuleAndAnEndedOneMustNot() throws SQLException {
        long session = sessionWithCapacity(5);
        long person = employee("E2");
        assertThrows(SQLException.class, () -> execute(
                "INSERT INTO enrolment (session_id, person_id, active_module_id, status, requested_at, requested_by) "
                        + "VALUES (" + session + ", " + person + ", NULL, 'CONFIRMED', CURRENT_TIMESTAMP, 'test')"));
    }

    @Test
    void volunteersCarryNoEmployeeDataAndEmployeesNeedARole() {
        assertThrows(SQLException.class, () -> execute("INSERT INTO person (kind, first_name, last_name, consent_date, "
                + "employee_number) VALUES ('VOLUNTEER', 'Åse', 'Ørum', CURRENT_DATE, '123')"));
        assertThrows(SQLException.class, () -> execute("INSERT INTO person (kind, first_name, last_name, hire_date) "
                + "VALUES ('EMPLOYEE', 'Søren', 'Æbelø', CURRENT_DATE)"));
    }

    @Test
    void employeeNumbersAreUniqueWhenPresent() throws SQLException {
        employee("E3");
        assertThrows(SQLException.class, () -> employee("E3"));
        execute("INSERT INTO person (kind, first_name, last_name, consent_date) VALUES ('VOLUNTEER', 'A', 'B', CURRENT_DATE)");
        execute("INSERT INTO person (kind, first_name, last_name, consent_date) VALUES ('VOLUNTEER', 'C', 'D', CURRENT_DATE)");
    }

    @Test
    void officialIdentifiersMustHaveTheirFullLength() throws SQLException {
        execute("INSERT INTO municipality (code, name) VALUES ('999', 'Testkommune')");
        execute("INSERT INTO area (municipality_id, name) VALUES ((SELECT MAX(id) FROM municipality), 'Område')");
        String insert = "INSERT INTO institution (area_id, name, type, %s) VALUES ((SELECT MAX(id) FROM area), '%s', '%s', '%s')";
        assertThrows(SQLException.class, () -> execute(insert.formatted("p_number", "Vuggestuen Mælkebøtten", "DAYCARE", "12")));
        assertThrows(SQLException.class, () -> execute(insert.formatted("institution_number", "Skolen", "SCHOOL", "123")));
        assertThrows(SQLException.class, () -> execute(insert.formatted("daycare_unit_number", "Børnehuset", "DAYCARE", "D1")));
        execute(insert.formatted("p_number", "Vuggestuen Mælkebøtten", "DAYCARE", "1012345678"));
    }

    @Test
    void registerNumbersAndPNumbersAreDigitsAndUnitNumbersLettersAndDigits() throws SQLException {
        execute("INSERT INTO municipality (code, name) VALUES ('997', 'Testkommune')");
        execute("INSERT INTO area (municipality_id, name) VALUES ((SELECT MAX(id) FROM municipality), 'Område')");
        String insert = "INSERT INTO institution (area_id, name, type, %s) VALUES ((SELECT MAX(id) FROM area), '%s', '%s', '%s')";
        assertRefused(insert.formatted("institution_number", "Skolen", "SCHOOL", "ABCDEF"));
        assertRefused(insert.formatted("institution_number", "Skolen", "SCHOOL", "12345X"));
        assertRefused(insert.formatted("p_number", "Vuggestuen", "DAYCARE", "ABCDEFGHIJ"));
        assertRefused(insert.formatted("p_number", "Vuggestuen", "DAYCARE", "101234567-"));
        assertRefused(insert.formatted("daycare_unit_number", "Børnehuset", "DAYCARE", "D2-901"));
        assertRefused(insert.formatted("daycare_unit_number", "Børnehuset", "DAYCARE", "DÆ2190"));
        assertRefused(insert.formatted("daycare_unit_number", "Børnehuset", "DAYCARE", "D 2190"));
        execute(insert.formatted("institution_number", "Skolen", "SCHOOL", "219012"));
        execute(insert.formatted("p_number", "Vuggestuen", "DAYCARE", "1017453917"));
        execute(insert.formatted("daycare_unit_number", "Børnehuset", "DAYCARE", "ABCDEF"));
        execute(insert.formatted("daycare_unit_number", "Fritidshjemmet", "DAYCARE", "d21901"));
    }

    /** Refused by a check constraint (SQLState 23513), not by an error evaluating it. */
    private void assertRefused(String insert) {
        SQLException refused = assertThrows(SQLException.class, () -> execute(insert), insert);
        assertEquals("23513", refused.getSQLState(), insert + ": " + refused.getMessage());
    }

    @Test
    void feesAndFixedCostsAreNeverNegativeAndAnExternalFundIsNamed() throws SQLException {
        long session = sessionWithCapacity(7);
        assertThrows(SQLException.class, () -> execute("UPDATE course_module SET fee_per_participant = -1"));
        execute("UPDATE course_module SET fee_per_participant = 1250.50");
        assertThrows(SQLException.class,
                () -> execute("UPDATE course_session SET fixed_cost = -0.01 WHERE id = " + session));
        assertThrows(SQLException.class,
                () -> execute("UPDATE course_session SET payer = 'EXTERNAL_FUND' WHERE id = " + session));
        assertThrows(SQLException.class,
                () -> execute("UPDATE course_session SET payer = 'REGION' WHERE id = " + session));
        assertThrows(SQLException.class, () -> execute(
                "UPDATE course_session SET payer = 'AREA', payer_fund = 'LIFE-Fonden' WHERE id = " + session));
        execute("UPDATE course_session SET payer = 'EXTERNAL_FUND', payer_fund = 'LIFE-Fonden', fixed_cost = 8000 "
                + "WHERE id = " + session);
    }

    @Test
    void oneSubstituteRatePerYearAndRoleAndOneBudgetPerYearAndOwner() throws SQLException {
        execute("INSERT INTO substitute_rate (rate_year, job_role, hourly_rate) VALUES (2026, 'PEDAGOGUE', 310)");
        assertThrows(SQLException.class, () -> execute(
                "INSERT INTO substitute_rate (rate_year, job_role, hourly_rate) VALUES (2026, 'PEDAGOGUE', 320)"));
        assertThrows(SQLException.class, () -> execute(
                "INSERT INTO substitute_rate (rate_year, job_role, hourly_rate) VALUES (2026, 'VOLUNTEER', 1)"));
        assertThrows(SQLException.class, () -> execute(
                "INSERT INTO substitute_rate (rate_year, job_role, hourly_rate) VALUES (2026, 'TEACHER', -1)"));

        execute("INSERT INTO budget (budget_year, amount) VALUES (2026, 500000)");
        assertThrows(SQLException.class, () -> execute("INSERT INTO budget (budget_year, amount) VALUES (2026, 1)"),
                "one central pool per year");
        execute("INSERT INTO budget (budget_year, amount) VALUES (2027, 500000)");
        execute("INSERT INTO municipality (code, name) VALUES ('998', 'Testkommune')");
        execute("INSERT INTO area (municipality_id, name) VALUES ((SELECT MAX(id) FROM municipality), 'Område')");
        execute("INSERT INTO institution (area_id, name, type) VALUES ((SELECT MAX(id) FROM area), 'Skolen', 'SCHOOL')");
        long institution = count("SELECT MAX(id) FROM institution");
        execute("INSERT INTO budget (budget_year, institution_id, amount, over_budget_policy) VALUES (2026, "
                + institution + ", 40000, 'BLOCK')");
        assertThrows(SQLException.class, () -> execute("INSERT INTO budget (budget_year, institution_id, amount) "
                + "VALUES (2026, " + institution + ", 1)"));
        assertThrows(SQLException.class, () -> execute("INSERT INTO budget (budget_year, institution_id, amount, "
                + "over_budget_policy) VALUES (2027, " + institution + ", 1, 'MAYBE')"));
        assertThrows(SQLException.class, () -> execute("INSERT INTO budget (budget_year, institution_id, amount) "
                + "VALUES (2027, " + institution + ", -1)"));
    }

    @Test
    void aMigrationWrittenPerDatabaseExistsForEveryDatabaseAndNowhereElse() throws Exception {
        Set<String> derby = migrations("db/vendor/derby");
        Set<String> postgresql = migrations("db/vendor/postgresql");
        assertEquals(derby, postgresql, "db/vendor/derby and db/vendor/postgresql hold the same versions");
        Set<String> portable = migrations("db/migration");
        for (String version : derby) {
            assertFalse(portable.contains(version), version + " is in db/migration and in the vendor folders");
        }
    }

    /** The version prefixes (V003__) of the migrations in a folder of the classpath. */
    private static Set<String> migrations(String folder) throws Exception {
        try (Stream<Path> files = Files.list(Path.of(MigrationsTest.class.getClassLoader().getResource(folder).toURI()))) {
            return files.map(file -> file.getFileName().toString())
                    .map(name -> name.substring(0, name.indexOf("__") + 2))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private long sessionWithCapacity(int capacity) throws SQLException {
        execute("INSERT INTO provider (name, kind) VALUES ('P" + capacity + "', 'INTERNAL')");
        long provider = count("SELECT MAX(id) FROM provider");
        execute("INSERT INTO course_module (code, title, provider_id, format, hours) VALUES ('M" + capacity + "', 'Modul', "
                + provider + ", 'IN_PERSON', 7)");
        long module = count("SELECT MAX(id) FROM course_module");
        execute("INSERT INTO course_session (module_id, code, capacity, enrolment_deadline, cancellation_deadline, "
                + "starts_on, ends_on) VALUES (" + module + ", 'S" + capacity + "', " + capacity
                + ", '2030-01-01', '2030-01-01', '2030-02-01', '2030-02-01')");
        return count("SELECT MAX(id) FROM course_session");
    }

    private long employee(String number) throws SQLException {
        execute("INSERT INTO person (kind, first_name, last_name, employee_number, job_role, hire_date) "
                + "VALUES ('EMPLOYEE', 'Mette', 'Ågård', '" + number + "', 'PEDAGOGUE', '2020-08-01')");
        return count("SELECT MAX(id) FROM person");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            assertEquals(1, rows.getMetaData().getColumnCount());
            return rows.getLong(1);
        }
    }
}
