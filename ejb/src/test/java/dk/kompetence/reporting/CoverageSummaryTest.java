package dk.kompetence.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The summary gives the same numbers as the base tables for today and later, after a rebuild
 * and after each kind of change followed by its narrow refresh. "Today" in the small town is
 * 2026-06-30: nothing in it is dated later.
 */
class CoverageSummaryTest {

    /** Today, after the targets' deadlines, the day a LØFT completion expires, and far ahead. */
    private static final List<LocalDate> DAYS = Stream.of("2026-06-30", "2027-01-01", "2027-01-15", "2031-01-01").map(LocalDate::parse).toList();

    private static final List<CoverageFilter> FILTERS = List.of(CoverageFilter.everything(),
            new CoverageFilter(1L, null, null, null, null), new CoverageFilter(null, "SCHOOL", null, null, null),
            CoverageFilter.institution(10), CoverageFilter.everything().withTarget(3),
            new CoverageFilter(null, null, null, null, CoverageFilter.VOLUNTEER));

    private final CoverageQuery baseTables = new CoverageQuery(CoverageQuery.Source.BASE_TABLES);
    private final CoverageQuery summary = new CoverageQuery(CoverageQuery.Source.SUMMARY);
    private final CoverageSummary keeper = new CoverageSummary();
    private static TestDatabase database;

    /** One town for all tests (Derby compiles each statement once per database); each test's change is rolled back. */
    @BeforeAll
    static void buildTheTownAndItsSummary() throws SQLException {
        database = new TestDatabase("summary");
        database.execute(SmallTown.SQL);
        new CoverageSummary().rebuild(database.connection());
        database.connection().setAutoCommit(false);
    }

    @AfterEach
    void undoTheChange() throws SQLException {
        database.connection().rollback();
    }

    @AfterAll
    static void drop() throws SQLException {
        database.connection().setAutoCommit(true);
        database.close();
    }

    @Test
    void aRebuiltSummaryGivesTheNumbersOfTheBaseTablesFromTodayOn() throws SQLException {
        assertSameNumbers();
    }

    @Test
    void theSummaryIsOnlyRightFromTodayOn() throws SQLException {
        LocalDate beforeCeciliesBooking = LocalDate.of(2026, 3, 9);
        assertNotEquals(report(baseTables, beforeCeciliesBooking), report(summary, beforeCeciliesBooking));
    }

    /** A change to the base tables, and the refresh its service makes in the same transaction. */
    record Change(String name, String sql, Refresh refresh) {

        @Override
        public String toString() {
            return name;
        }
    }

    interface Refresh {
        void after(CoverageSummary keeper, Connection connection) throws SQLException;
    }

    static Stream<Change> changes() {
        return Stream.of(
                new Change("a completion is recorded", """
                        INSERT INTO completion (person_id, module_id, activity_kind, title, completed_on, hours,
                                                recorded_by, recorded_at)
                        VALUES (2, 100, 'OTHER', 'Neuroaffektiv tilgang', '2026-06-15', 14, 'test', '2026-06-15 12:00:00')""",
                        (keeper, connection) -> keeper.refreshPeople(connection, List.of(2L))),
                new Change("an enrolment is cancelled", """
                        UPDATE enrolment SET status = 'CANCELLED', active_module_id = NULL WHERE id = 2""",
                        (keeper, connection) -> keeper.refreshPeople(connection, List.of(3L))),
                new Change("someone leaves an institution", """
                        UPDATE membership SET end_date = '2026-12-31' WHERE person_id = 1""",
                        (keeper, connection) -> keeper.refreshPeople(connection, List.of(1L))),
                new Change("someone changes job role", """
                        UPDATE person SET job_role = 'PEDAGOGICAL_ASSISTANT' WHERE id = 8""",
                        (keeper, connection) -> keeper.refreshPeople(connection, List.of(8L))),
                new Change("someone is hired", """
                        INSERT INTO person (id, kind, first_name, last_name, job_role, hire_date)
                        VALUES (14, 'EMPLOYEE', 'Ole', 'Olsen', 'TEACHER', '2026-08-01');
                        INSERT INTO membership (person_id, institution_id, start_date, fte) VALUES (14, 21, '2026-08-01', 1)""",
                        (keeper, connection) -> keeper.refreshPeople(connection, List.of(14L))),
                new Change("a target takes another job role", """
                        INSERT INTO target_job_role (target_id, job_role) VALUES (1, 'LEADER')""",
                        (keeper, connection) -> keeper.refreshTarget(connection, 1)),
                new Change("a target is deactivated", """
                        UPDATE target SET active = FALSE WHERE id = 4""",
                        (keeper, connection) -> keeper.refreshTarget(connection, 4)),
                new Change("a module gets a renewal period", """
                        UPDATE course_module SET renewal_months = 24 WHERE id = 104""",
                        (keeper, connection) -> keeper.refreshTargetsOfModule(connection, 104)),
                new Change("a programme gets another module", """
                        INSERT INTO programme_module (programme_id, module_id) VALUES (200, 101)""",
                        (keeper, connection) -> keeper.refreshTargetsOfProgramme(connection, 200)),
                new Change("an institution changes type", """
                        UPDATE institution SET type = 'SCHOOL' WHERE id = 11""",
                        (keeper, connection) -> keeper.refreshInstitution(connection, 11)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void afterEachKindOfChangeItsRefreshBringsTheSummaryBackToTheBaseTables(Change change) throws SQLException {
        database.execute(change.sql());
        assertNotEquals(reports(baseTables), reports(summary), "the change does not move any number");

        change.refresh().after(keeper, database.connection());

        assertSameNumbers();
    }

    private void assertSameNumbers() throws SQLException {
        assertEquals(reports(baseTables), reports(summary));
    }

    /** Every report on every day and filter, and every drill-down, as one comparable list. */
    private List<Object> reports(CoverageQuery query) throws SQLException {
        List<Object> reports = new ArrayList<>();
        for (LocalDate day : DAYS) {
            reports.add(report(query, day));
        }
        return reports;
    }

    private List<Object> report(CoverageQuery query, LocalDate day) throws SQLException {
        Connection connection = database.connection();
        List<Object> report = new ArrayList<>();
        for (CoverageFilter filter : FILTERS) {
            report.add(query.byInstitution(connection, day, filter));
            report.add(query.byArea(connection, day, filter));
            report.add(query.municipality(connection, day, filter));
        }
        for (long[] institutionAndTarget : new long[][] {{10, 1}, {10, 3}, {11, 1}, {20, 4}, {21, 2}, {30, 5}}) {
            report.add(query.missing(connection, day, institutionAndTarget[0], institutionAndTarget[1]));
        }
        return report;
    }
}
