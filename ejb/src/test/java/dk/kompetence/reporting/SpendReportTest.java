package dk.kompetence.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.kompetence.domain.budget.Payer;
import dk.kompetence.domain.catalogue.Approach;
import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.reporting.SpendReport.CostedSession;
import dk.kompetence.reporting.SpendReport.Dimension;
import dk.kompetence.reporting.SpendReport.Line;
import dk.kompetence.reporting.SpendReport.Seat;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed spend. Institutions 10 and 20 lie in area 100, 30 in area 200.
 * <ul>
 * <li>A: paid by the institutions, fixed cost 1,000.00, has started; NEST on track 3, provider 1.
 * Seats: two of 10 completed (1,200.00 and 6 hours each), one of 20 a no-show (900.00); a cancelled
 * and a waitlisted one of 30 count nothing. The fixed cost per seat: 100,000 øre × 2/3 = 66,666
 * rest 2 for 10, × 1/3 = 33,333 rest 1 for 20; the øre left goes to the larger rest: 666.67 and
 * 333.33.</li>
 * <li>B: central pool, fixed cost 500.00 but not started (not counted); NEST and co-teaching, no
 * track, provider 2. One of 20 confirmed (700.00), one of 10 requested (300.00).</li>
 * <li>C: LIFE-Fonden, fixed cost 250.00, started, nobody holds a seat: not allocated.</li>
 * <li>D: cancelled, with a fixed cost and a confirmed seat: nothing.</li>
 * </ul>
 */
class SpendReportTest {

    private static Seat seat(long person, long institution, EnrolmentStatus status, String cost, String hours) {
        return new Seat(person, institution, institution == 30 ? 200L : 100L, status, new BigDecimal(cost),
                hours == null ? null : new BigDecimal(hours));
    }

    private static final List<CostedSession> YEAR = List.of(
            new CostedSession(1, true, false, Payer.INSTITUTION, null, new BigDecimal("1000.00"), 1,
                    Set.of(Approach.NEST), Set.of(3L), List.of(
                    seat(1, 10, EnrolmentStatus.COMPLETED, "1200.00", "6"),
                    seat(2, 10, EnrolmentStatus.COMPLETED, "1200.00", "6"),
                    seat(3, 20, EnrolmentStatus.NO_SHOW, "900.00", null),
                    seat(4, 30, EnrolmentStatus.CANCELLED, "900.00", null),
                    seat(5, 30, EnrolmentStatus.WAITLISTED, "900.00", null))),
            new CostedSession(2, false, false, Payer.CENTRAL_POOL, null, new BigDecimal("500.00"), 2,
                    Set.of(Approach.NEST, Approach.CO_TEACHING), Set.of(), List.of(
                    seat(6, 20, EnrolmentStatus.CONFIRMED, "700.00", null),
                    seat(7, 10, EnrolmentStatus.REQUESTED, "300.00", null))),
            new CostedSession(3, true, false, Payer.EXTERNAL_FUND, "LIFE-Fonden", new BigDecimal("250.00"), 2,
                    Set.of(), Set.of(), List.of(seat(8, 30, EnrolmentStatus.CANCELLED, "100.00", null))),
            new CostedSession(4, true, true, Payer.INSTITUTION, null, new BigDecimal("999.00"), 1,
                    Set.of(Approach.NEST), Set.of(3L), List.of(seat(9, 10, EnrolmentStatus.CONFIRMED, "100.00", null))));

    private static Map<String, Line> lines(Dimension dimension) {
        return SpendReport.lines(YEAR, dimension, id -> true).stream()
                .collect(Collectors.toMap(Line::key, Function.identity()));
    }

    private static void assertMoney(String expected, BigDecimal actual) {
        assertMoney(expected, actual, "");
    }

    private static void assertMoney(String expected, BigDecimal actual, String why) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), why + ": expected " + expected + " but was " + actual);
    }

    @Test
    void perInstitutionCommittedSpentAndTheFixedCostSharedBySeatsToTheØre() {
        Map<String, Line> byInstitution = lines(Dimension.INSTITUTION);
        assertEquals(Set.of("10", "20", SpendReport.NOT_ALLOCATED), byInstitution.keySet());

        Line ten = byInstitution.get("10");
        assertMoney("300.00", ten.committed());
        assertMoney("2400.00", ten.spent());
        assertMoney("666.67", ten.fixedCosts());
        assertMoney("3066.67", ten.paid());
        assertEquals(2, ten.coveredPeople());
        assertMoney("12", ten.completedHours());
        assertEquals(new BigDecimal("1533.34"), ten.costPerCoveredPerson(), "3,066.67 / 2 = 1,533.335");
        assertEquals(new BigDecimal("255.56"), ten.costPerHour(), "3,066.67 / 12 = 255.5558");

        Line twenty = byInstitution.get("20");
        assertMoney("700.00", twenty.committed());
        assertMoney("900.00", twenty.spent());
        assertMoney("333.33", twenty.fixedCosts());
        assertNull(twenty.costPerCoveredPerson(), "a no-show covers nobody");
        assertNull(twenty.costPerHour());

        Line notAllocated = byInstitution.get(SpendReport.NOT_ALLOCATED);
        assertMoney("250.00", notAllocated.fixedCosts());
        assertMoney("0", notAllocated.committed());
    }

    @Test
    void perPayerTheCentralPoolTheFundAndEachPayingInstitution() {
        Map<String, Line> byPayer = lines(Dimension.PAYER);
        assertEquals(Set.of("INSTITUTION:10", "INSTITUTION:20", "CENTRAL_POOL", "EXTERNAL_FUND:LIFE-Fonden"),
                byPayer.keySet());
        assertMoney("2400.00", byPayer.get("INSTITUTION:10").spent());
        assertMoney("0", byPayer.get("INSTITUTION:10").committed(), "the request is on a centrally paid session");
        assertMoney("333.33", byPayer.get("INSTITUTION:20").fixedCosts());
        assertMoney("1000.00", byPayer.get("CENTRAL_POOL").committed());
        assertMoney("0", byPayer.get("CENTRAL_POOL").fixedCosts(), "B has not started");
        assertMoney("250.00", byPayer.get("EXTERNAL_FUND:LIFE-Fonden").fixedCosts());
    }

    @Test
    void aModuleOnTwoApproachesCountsOnBothAndOneWithoutTrackIsNotAllocated() {
        Map<String, Line> byApproach = lines(Dimension.APPROACH);
        assertMoney("1000.00", byApproach.get("NEST").committed());
        assertMoney("3300.00", byApproach.get("NEST").spent());
        assertMoney("1000.00", byApproach.get("NEST").fixedCosts());
        assertMoney("1000.00", byApproach.get("CO_TEACHING").committed());
        assertMoney("250.00", byApproach.get(SpendReport.NOT_ALLOCATED).fixedCosts());

        Map<String, Line> byTrack = lines(Dimension.TRACK);
        assertMoney("4300.00", byTrack.get("3").paid());
        assertMoney("1000.00", byTrack.get(SpendReport.NOT_ALLOCATED).committed());

        Map<String, Line> byArea = lines(Dimension.AREA);
        assertEquals(Set.of("100", SpendReport.NOT_ALLOCATED), byArea.keySet());
        assertMoney("4300.00", byArea.get("100").paid());
        assertEquals(new BigDecimal("2150.00"), byArea.get("100").costPerCoveredPerson());

        Map<String, Line> byProvider = lines(Dimension.PROVIDER);
        assertMoney("4300.00", byProvider.get("1").paid());
        assertMoney("1000.00", byProvider.get("2").committed());
        assertMoney("250.00", byProvider.get("2").fixedCosts());
    }

    @Test
    void anInstitutionsScopeKeepsOnlyItsOwnCostsAndItsShareOfFixedCosts() {
        List<Line> own = SpendReport.lines(YEAR, Dimension.PAYER, id -> id != null && id == 20L);
        Map<String, Line> byPayer = own.stream().collect(Collectors.toMap(Line::key, Function.identity()));
        assertEquals(Set.of("INSTITUTION:20", "CENTRAL_POOL"), byPayer.keySet());
        assertMoney("900.00", byPayer.get("INSTITUTION:20").spent());
        assertMoney("333.33", byPayer.get("INSTITUTION:20").fixedCosts());
        assertMoney("700.00", byPayer.get("CENTRAL_POOL").committed());
    }

    @Test
    void equalSharesLeaveTheLastØreToTheLowestInstitutionAndTheSharesAddUp() {
        List<Seat> three = List.of(seat(1, 30, EnrolmentStatus.CONFIRMED, "0", null),
                seat(2, 10, EnrolmentStatus.COMPLETED, "0", "1"), seat(3, 20, EnrolmentStatus.NO_SHOW, "0", null));
        Map<Long, BigDecimal> shares = SpendReport.allocate(new BigDecimal("100.00"), three);
        Map<Long, BigDecimal> expected = new HashMap<>(Map.of(10L, new BigDecimal("33.34"), 20L, new BigDecimal("33.33"),
                30L, new BigDecimal("33.33")));
        assertEquals(expected, shares);
    }
}
