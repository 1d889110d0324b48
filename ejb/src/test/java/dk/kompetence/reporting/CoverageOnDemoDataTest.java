package dk.kompetence.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.db.DemoData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coverage queries on the whole demo municipality: the counts hang together, and every
 * demo target has rows. The demo is loaded relative to the day it is loaded, so the reference
 * date is taken from the data (its last completion), not from the clock.
 */
class CoverageOnDemoDataTest {

    private static final Logger LOG = Logger.getLogger(CoverageOnDemoDataTest.class.getName());

    private static TestDatabase database;
    private static LocalDate day;
    private final CoverageQuery query = new CoverageQuery(CoverageQuery.Source.BASE_TABLES);

    @BeforeAll
    static void loadTheDemo() throws SQLException {
        database = new TestDatabase("coverage-demo");
        assertTrue(DemoData.loadIfEmpty(database.connection()));
        try (Statement statement = database.connection().createStatement();
             ResultSet row = statement.executeQuery("SELECT MAX(completed_on) FROM completion")) {
            row.next();
            day = row.getDate(1).toLocalDate();
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        database.close();
    }

    @Test
    void everyCountStaysWithinThoseInScopeAndEveryDemoTargetHasRows() throws SQLException {
        long started = System.nanoTime();
        List<CoverageRow> rows = query.byInstitution(database.connection(), day, CoverageFilter.everything());
        List<CoverageTotal> areas = query.byArea(database.connection(), day, CoverageFilter.everything());
        List<CoverageTotal> municipality = query.municipality(database.connection(), day, CoverageFilter.everything());
        long firstRun = System.nanoTime();
        query.byInstitution(database.connection(), day, CoverageFilter.everything());
        query.byArea(database.connection(), day, CoverageFilter.everything());
        query.municipality(database.connection(), day, CoverageFilter.everything());
        long secondRun = System.nanoTime();
        LOG.info(() -> "Coverage of the demo municipality on %s by institution, area and municipality: %d ms with "
                .formatted(day, (firstRun - started) / 1_000_000)
                + "compiling the statements, %d ms compiled".formatted((secondRun - firstRun) / 1_000_000));

        for (CoverageRow row : rows) {
            assertTrue(row.inScope() > 0, row::toString);
            assertTrue(row.covered() + row.booked() <= row.inScope(), row::toString);
            assertTrue(row.covered() + row.overdue() <= row.inScope(), row::toString);
        }
        for (CoverageTotal total : Stream.concat(areas.stream(), municipality.stream()).toList()) {
            assertTrue(total.covered() + total.booked() <= total.inScope(), total::toString);
            assertTrue(total.covered() + total.overdue() <= total.inScope(), total::toString);
        }
        assertEquals(demoTargets(), rows.stream().map(CoverageRow::targetId).collect(Collectors.toSet()));
        assertEquals(demoTargets(), municipality.stream().map(CoverageTotal::targetId).collect(Collectors.toSet()));
    }

    @Test
    void rollUpsNeverExceedTheSumOfTheirInstitutionsAndCountEachPersonOnce() throws SQLException {
        List<CoverageRow> rows = query.byInstitution(database.connection(), day, CoverageFilter.everything());
        List<CoverageTotal> municipality = query.municipality(database.connection(), day, CoverageFilter.everything());
        Map<String, Integer> summed = rows.stream()
                .collect(Collectors.groupingBy(row -> row.targetId() + "/" + row.jobRole(),
                        Collectors.summingInt(CoverageRow::inScope)));
        for (CoverageTotal total : municipality) {
            int institutionsSum = summed.get(total.targetId() + "/" + total.jobRole());
            assertTrue(total.inScope() <= institutionsSum, total::toString);
        }
        // Nobody is counted twice at municipality level: per target, never more than the people there are.
        long people = count("SELECT COUNT(*) FROM person");
        municipality.stream()
                .collect(Collectors.groupingBy(CoverageTotal::targetId, Collectors.summingInt(CoverageTotal::inScope)))
                .values()
                .forEach(inScope -> assertTrue(inScope <= people));
        // An area holds at least the municipality's share of it and at most its institutions' sum.
        Map<String, Integer> areaSums = query.byArea(database.connection(), day, CoverageFilter.everything()).stream()
                .collect(Collectors.groupingBy(total -> total.targetId() + "/" + total.jobRole(),
                        Collectors.summingInt(CoverageTotal::inScope)));
        for (CoverageTotal total : municipality) {
            String key = total.targetId() + "/" + total.jobRole();
            assertTrue(total.inScope() <= areaSums.get(key) && areaSums.get(key) <= summed.get(key), key);
        }
    }

    @Test
    void theRebuiltSummaryGivesTheNumbersOfTheBaseTablesFromTheDayTheDemoWasLoaded() throws SQLException {
        new CoverageSummary().rebuild(database.connection());
        CoverageQuery summary = new CoverageQuery(CoverageQuery.Source.SUMMARY);
        LocalDate loaded = LocalDate.now();
        for (LocalDate on : List.of(loaded, loaded.plusMonths(7), loaded.plusYears(3))) {
            assertEquals(query.byInstitution(database.connection(), on, CoverageFilter.everything()),
                    summary.byInstitution(database.connection(), on, CoverageFilter.everything()), on::toString);
            assertEquals(query.byArea(database.connection(), on, CoverageFilter.everything()),
                    summary.byArea(database.connection(), on, CoverageFilter.everything()), on::toString);
            assertEquals(query.municipality(database.connection(), on, CoverageFilter.everything()),
                    summary.municipality(database.connection(), on, CoverageFilter.everything()), on::toString);
        }
    }

    private Set<Long> demoTargets() throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Statement statement = database.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM target WHERE active")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        assertEquals(9, ids.size());
        return ids;
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = database.connection().createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
