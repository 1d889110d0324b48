package dk.kompetence.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.kompetence.application.ManagementInformation.Forecast;
import dk.kompetence.application.ManagementInformation.Level;
import dk.kompetence.application.ManagementInformation.Measured;
import dk.kompetence.application.ManagementInformation.Money;
import dk.kompetence.application.ManagementInformation.TargetFigures;
import dk.kompetence.application.ManagementInformation.TargetOnTracks;
import dk.kompetence.application.ManagementInformation.Track;
import dk.kompetence.application.ManagementInformation.TrackName;
import dk.kompetence.application.ManagementInformation.TrendPoint;
import dk.kompetence.reporting.CoverageForecast;
import dk.kompetence.reporting.CoverageForecast.Outlook;
import dk.kompetence.reporting.CoverageRow;
import dk.kompetence.reporting.CoverageTotal;
import dk.kompetence.reporting.HoursPerFte;
import dk.kompetence.reporting.SpendReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The management information of a small municipality, worked out by hand:
 *
 * <pre>
 * tracks: 3 Fællesskaber (code A), 5 Kompetencer (code B), 7 Data (code C, nothing on it)
 * targets: 1 NEST 80 %     module on A           deadline 2026-12-31
 *          2 LØFT 100 %    programme on A and B  deadline 2027-06-30
 *          4 IV ≥ 2 per institution, module on no track
 *          9 an old target nobody is in scope of
 * coverage (pedagogues + assistants):  2024-12-31  2025-12-31  2026-06-30
 *          NEST                          10 of 40    20 of 40   30+3 of 40+5 = 33 of 45 (73.3 %)
 *          LØFT                          –           5 of 50    45 of 50 (90 %)
 *          IV                            2 of 6      2 of 6      4 of 6
 * </pre>
 */
class ManagementInformationTest {

    private static final TrackName A = new TrackName(3, "A", "Fællesskaber");
    private static final TrackName B = new TrackName(5, "B", "Kompetencer");
    private static final TrackName C = new TrackName(7, "C", "Data");
    private static final List<TargetOnTracks> TARGETS = List.of(
            new TargetOnTracks(1, "NEST", 80, null, LocalDate.of(2026, 12, 31), List.of(A)),
            new TargetOnTracks(2, "LØFT", 100, null, LocalDate.of(2027, 6, 30), List.of(A, B)),
            new TargetOnTracks(4, "IV", null, 2, LocalDate.of(2026, 12, 31), List.of()),
            new TargetOnTracks(9, "Gammel", 100, null, LocalDate.of(2020, 12, 31), List.of()));
    private static final LocalDate D = LocalDate.of(2026, 6, 30);
    private static final HoursPerFte.Total HOURS = new HoursPerFte.Total(new BigDecimal("76"), new BigDecimal("7.000"),
            new BigDecimal("10.9"));

    @Test
    void overTheMunicipalityEachTargetAddsUpItsRolesAndIsMetOnlyAsAShare() {
        ManagementInformation info = municipality(null);

        assertEquals(List.of(2024, 2025, 2026), info.trendYears());
        assertEquals(D, info.referenceDate());
        assertEquals(List.of("A", "B", "ingen"), info.tracks().stream()
                .map(t -> t.code() == null ? "ingen" : t.code()).toList(), "a track with nothing on it is left out");
        TargetFigures nest = target(info, 3, 1);
        assertEquals(45, nest.inScope());
        assertEquals(33, nest.covered());
        assertEquals(73.33, nest.percentCovered(), 0.01);
        assertEquals(false, nest.met(), "33 of 45 is short of 80 %");
        assertEquals(List.of(new TrendPoint(2024, LocalDate.of(2024, 12, 31), 40, 10, 25.0),
                new TrendPoint(2025, LocalDate.of(2025, 12, 31), 40, 20, 50.0),
                new TrendPoint(2026, D, 45, 33, 33 * 100.0 / 45)), nest.trend());

        TargetFigures loeft = target(info, 3, 2);
        assertEquals(false, loeft.met(), "90 % of a 100 % target");
        assertEquals(new TrendPoint(2024, LocalDate.of(2024, 12, 31), 0, 0, null), loeft.trend().get(0),
                "nobody in scope in 2024");
        assertEquals(loeft, target(info, 5, 2), "a programme on two tracks shows on both");

        TargetFigures iv = info.tracks().get(2).targets().get(0);
        assertNull(iv.met(), "a head count per institution is not met or missed by a municipality");
        assertEquals(66.67, iv.percentCovered(), 0.01);
        assertEquals(List.of(List.of(1L, 2L), List.of(2L), List.of(4L)), info.tracks().stream()
                        .map(t -> t.targets().stream().map(TargetFigures::targetId).toList()).toList(),
                "the old target nobody is in scope of is left out");
        assertNull(nest.forecast(), "without a forecast (a closed year) none is shown");
    }

    @Test
    void atAnInstitutionMetIsDecidedAsTheCoverageReportDoesAndTheForecastCountsTheInstitution() {
        CoverageRow pedagogues = row(1, "PEDAGOGUE", 8, 6);
        CoverageRow assistants = row(1, "PEDAGOGICAL_ASSISTANT", 2, 2);
        CoverageRow iv = row(4, "TEACHER", 3, 2);
        List<Measured> coverage = List.of(new Measured(2024, LocalDate.of(2024, 12, 31), List.of()),
                new Measured(2025, LocalDate.of(2025, 12, 31), List.of(row(1, "PEDAGOGUE", 8, 4))),
                new Measured(2026, D, List.of(pedagogues, assistants, iv)));
        List<CoverageForecast> forecast = List.of(forecast(1, Outlook.MET), forecast(4, Outlook.ON_TRACK));

        ManagementInformation info = ManagementInformation.assemble(Level.INSTITUTION, null, 11L, "Solsikken", 2026,
                TARGETS, List.of(A, B, C), coverage, forecast, HOURS, List.of(), money());

        TargetFigures nest = target(info, 3, 1);
        assertEquals(List.of(10, 8, true), List.of(nest.inScope(), nest.covered(), nest.met()), "8 of 10 is 80 %");
        assertEquals(new Forecast(1, 1, 1), nest.forecast());
        assertEquals(new TrendPoint(2025, LocalDate.of(2025, 12, 31), 8, 4, 50.0), nest.trend().get(1));
        TargetFigures headCount = info.tracks().get(info.tracks().size() - 1).targets().get(0);
        assertEquals(true, headCount.met(), "2 covered, 2 asked");
        assertEquals(new Forecast(1, 0, 1), headCount.forecast());
    }

    @Test
    void eachTrackCarriesWhatItsCoursesCostAndTheBudgetsAreSetAgainstWhatIsChargedToThem() {
        ManagementInformation info = municipality(List.of(spend("3", null, "1000", "2500.50", "0"),
                spend("5", null, "0", "800", "200"), spend(SpendReport.NOT_ALLOCATED, null, "0", "0", "300")));
        Track a = info.tracks().get(0);
        assertEquals(List.of(new BigDecimal("1000"), new BigDecimal("2500.50")), List.of(a.committed(), a.paid()));
        Track none = info.tracks().get(2);
        assertEquals(new BigDecimal("300"), none.paid(), "spent (0) and fixed costs (300)");

        // By payer: institution 11's own budget (10,000) and the central pool (5,000) have budgets;
        // the area's line has none and is not set against them.
        Money money = Money.of(new BigDecimal("15000"), List.of(
                spend("INSTITUTION:11", "10000", "1200", "3000", "0"),
                spend("CENTRAL_POOL", "5000", "0", "1500", "0"),
                spend("AREA:1", null, "400", "900", "250")),
                List.of(spend("11", null, "1600", "3900", "250"), spend("NONE", null, "0", "1500", "0")));
        assertEquals(new Money(new BigDecimal("15000"), new BigDecimal("1200"), new BigDecimal("4500"),
                new BigDecimal("9300"), new BigDecimal("1600"), new BigDecimal("5650")), money);
        assertNull(Money.of(null, List.of(), List.of()).budgetRemaining(), "no budget, nothing remains");
    }

    @Test
    void aTrackWithSpendButNoTargetsIsShown() {
        ManagementInformation info = municipality(List.of(spend("7", null, "100", "0", "0")));
        assertEquals(List.of("A", "B", "C", "ingen"), info.tracks().stream()
                .map(t -> t.code() == null ? "ingen" : t.code()).toList());
        assertEquals(List.of(), info.tracks().get(2).targets());
    }

    private static ManagementInformation municipality(List<SpendLine> byTrack) {
        List<Measured> coverage = List.of(
                new Measured(2024, LocalDate.of(2024, 12, 31), List.of(total(1, "PEDAGOGUE", 40, 10),
                        total(4, "TEACHER", 6, 2))),
                new Measured(2025, LocalDate.of(2025, 12, 31), List.of(total(1, "PEDAGOGUE", 40, 20),
                        total(2, "PEDAGOGUE", 50, 5), total(4, "TEACHER", 6, 2))),
                new Measured(2026, D, List.of(total(1, "PEDAGOGUE", 40, 30),
                        total(1, "PEDAGOGICAL_ASSISTANT", 5, 3), total(2, "PEDAGOGUE", 50, 45),
                        total(4, "TEACHER", 6, 4))));
        return ManagementInformation.assemble(Level.MUNICIPALITY, null, null, "Hele kommunen", 2026, TARGETS,
                List.of(C, B, A), coverage, null, HOURS, byTrack == null ? List.of() : byTrack, money());
    }

    private static TargetFigures target(ManagementInformation info, long trackId, long targetId) {
        return info.tracks().stream().filter(t -> t.trackId() != null && t.trackId() == trackId)
                .flatMap(t -> t.targets().stream()).filter(t -> t.targetId() == targetId).findFirst().orElseThrow();
    }

    private static Money money() {
        return Money.of(null, List.of(), List.of());
    }

    private static CoverageTotal total(long targetId, String role, int inScope, int covered) {
        return new CoverageTotal(null, null, targetId, "T" + targetId, role, inScope, covered, 0, 0);
    }

    private static CoverageRow row(long targetId, String role, int inScope, int covered) {
        return new CoverageRow(11, "Solsikken", "DAYCARE", 1, "Nord", targetId, "T" + targetId, role, inScope,
                covered, 0, 0, false);
    }

    private static CoverageForecast forecast(long targetId, Outlook outlook) {
        return new CoverageForecast(11, "Solsikken", targetId, "T" + targetId, D, 10, 8, 8, 0, 4, outlook, null);
    }

    private static SpendLine spend(String key, String budget, String committed, String spent, String fixed) {
        BigDecimal paid = new BigDecimal(spent).add(new BigDecimal(fixed));
        return new SpendLine(key, null, budget == null ? null : new BigDecimal(budget), null, new BigDecimal(committed),
                new BigDecimal(spent), new BigDecimal(fixed), paid, 0, BigDecimal.ZERO, null, null);
    }
}
