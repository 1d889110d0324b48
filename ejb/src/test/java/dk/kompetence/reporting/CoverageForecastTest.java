package dk.kompetence.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.reporting.CoverageForecast.Outlook;
import dk.kompetence.reporting.CoverageForecast.Requirement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageForecastTest {

    /** 2026-06-30 to 2027-06-30 is 365 days. */
    private static final LocalDate TODAY = LocalDate.of(2027, 6, 30);
    private static final Requirement ALL_BY_2027 = new Requirement(100, null, LocalDate.of(2027, 12, 31));
    private static final Requirement TWO_PER_SCHOOL = new Requirement(null, 2, LocalDate.of(2027, 12, 31));

    @Test
    void enoughCoveredIsMetWithoutAProjection() {
        CoverageForecast forecast = only(row(10, 10, 0), row(10, 4, 0), ALL_BY_2027);
        assertEquals(Outlook.MET, forecast.outlook());
        assertNull(forecast.projectedDate());
    }

    @Test
    void thoseBookedAreExpectedToComplete() {
        CoverageForecast forecast = only(row(10, 7, 3), row(10, 7, 0), ALL_BY_2027);
        assertEquals(Outlook.MET_WHEN_BOOKED_COMPLETE, forecast.outlook());
        assertTrue(forecast.outlook().metByDeadline());
    }

    @Test
    void theRestComesAtThePaceOfTheLastYear() {
        // 8 more covered in 365 days; 4 still needed after the 2 booked: 4 × 365 / 8 = 182.5 → 183 days.
        CoverageForecast forecast = only(row(20, 14, 2), row(20, 6, 0), ALL_BY_2027);
        assertEquals(20, forecast.needed());
        assertEquals(LocalDate.of(2027, 12, 30), forecast.projectedDate());
        assertEquals(Outlook.ON_TRACK, forecast.outlook());
    }

    @Test
    void aProjectionAfterTheDeadlineIsBehind() {
        // 4 more in a year, 4 still needed: a year from today, after the deadline.
        CoverageForecast forecast = only(row(20, 16, 0), row(20, 12, 0), ALL_BY_2027);
        assertEquals(LocalDate.of(2028, 6, 29), forecast.projectedDate());
        assertEquals(Outlook.BEHIND, forecast.outlook());
        assertFalse(forecast.outlook().metByDeadline());
    }

    @Test
    void noGrowthInAYearNeverGetsThere() {
        CoverageForecast forecast = only(row(20, 5, 0), row(20, 6, 0), ALL_BY_2027);
        assertEquals(Outlook.STALLED, forecast.outlook());
        assertNull(forecast.projectedDate());
    }

    @Test
    void aShareRoundsUpAndAHeadCountIsAHeadCount() {
        assertEquals(7, only(row(9, 0, 0), row(9, 0, 0), new Requirement(75, null, TODAY)).needed());
        assertEquals(2, only(row(30, 1, 0), row(30, 0, 0), TWO_PER_SCHOOL).needed());
    }

    @Test
    void allRolesOfAnInstitutionMakeOneForecast() {
        List<CoverageRow> today = List.of(row(10, 5, 0, "TEACHER"), row(6, 5, 1, "PEDAGOGUE"));
        List<CoverageForecast> forecasts = CoverageForecast.of(today, List.of(), Map.of(1L, ALL_BY_2027), TODAY);
        assertEquals(1, forecasts.size());
        assertEquals(16, forecasts.get(0).inScope());
        assertEquals(10, forecasts.get(0).covered());
    }

    private static CoverageForecast only(CoverageRow today, CoverageRow aYearAgo, Requirement requirement) {
        List<CoverageForecast> forecasts = CoverageForecast.of(List.of(today), List.of(aYearAgo),
                Map.of(1L, requirement), TODAY);
        assertEquals(1, forecasts.size());
        return forecasts.get(0);
    }

    private static CoverageRow row(int inScope, int covered, int booked) {
        return row(inScope, covered, booked, "TEACHER");
    }

    private static CoverageRow row(int inScope, int covered, int booked, String role) {
        return new CoverageRow(20, "Nordskolen", "SCHOOL", 1, "Nord", 1, "Inklusion", role, inScope, covered, booked,
                0, false);
    }
}
