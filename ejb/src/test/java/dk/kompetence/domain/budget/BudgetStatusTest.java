package dk.kompetence.domain.budget;

import static dk.kompetence.domain.Fixtures.assertViolates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.domain.shared.Rule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetStatusTest {

    private static final long SKOVLY = 7;

    private static CostedEnrolment charged(long id, long person, EnrolmentStatus status, String cost) {
        return new CostedEnrolment(id, person, status, new BigDecimal(cost),
                status == EnrolmentStatus.COMPLETED ? new BigDecimal("7.5") : null);
    }

    private static final List<CostedEnrolment> YEAR = List.of(
            charged(1, 101, EnrolmentStatus.CONFIRMED, "3000"),
            charged(2, 102, EnrolmentStatus.REQUESTED, "2000"),
            charged(3, 103, EnrolmentStatus.WAITLISTED, "9999"),
            charged(4, 104, EnrolmentStatus.CANCELLED, "9999"),
            charged(5, 105, EnrolmentStatus.REJECTED, "9999"),
            charged(6, 106, EnrolmentStatus.COMPLETED, "4000"),
            charged(7, 106, EnrolmentStatus.COMPLETED, "2000"),
            charged(8, 107, EnrolmentStatus.NO_SHOW, "1500"));

    private static BudgetStatus status(String amount, OverBudgetPolicy policy) {
        return BudgetStatus.of(new Budget(2027, SKOVLY, new BigDecimal(amount), policy), YEAR);
    }

    @Test
    void confirmedAndRequestedAreCommittedCompletedAndNoShowsAreSpentWaitlistedCancelledAndRejectedCountNothing() {
        BudgetStatus status = status("20000", OverBudgetPolicy.WARN);
        assertEquals(new BigDecimal("5000"), status.committed());
        assertEquals(new BigDecimal("7500"), status.spent());
        assertEquals(new BigDecimal("7500"), status.remaining());
        assertFalse(status.overBudget());
    }

    @Test
    void costPerCoveredPersonAndPerHourCountOnlyCompletions() {
        BudgetStatus status = status("20000", OverBudgetPolicy.WARN);
        assertEquals(1, status.coveredPeople(), "one person completed twice");
        assertEquals(new BigDecimal("15.0"), status.completedHours());
        assertEquals(new BigDecimal("7500.00"), status.spentPerCoveredPerson(), "the no-show's cost is spent too");
        assertEquals(new BigDecimal("500.00"), status.spentPerHour());
        BudgetStatus none = BudgetStatus.of(new Budget(2027, SKOVLY, BigDecimal.TEN, OverBudgetPolicy.WARN), List.of());
        assertNull(none.spentPerCoveredPerson());
        assertNull(none.spentPerHour());
    }

    @Test
    void anApprovalWithinTheBudgetPassesWithoutWarning() {
        BudgetStatus.BudgetCheck check = status("20000", OverBudgetPolicy.BLOCK).approve(new BigDecimal("7500"));
        assertFalse(check.overBudgetWarning());
        assertEquals(0, check.after().remaining().signum());
    }

    @Test
    void aWarnBudgetLetsAnApprovalBeyondItThroughWithAWarning() {
        BudgetStatus.BudgetCheck check = status("20000", OverBudgetPolicy.WARN).approve(new BigDecimal("7500.01"));
        assertTrue(check.overBudgetWarning());
        assertEquals(new BigDecimal("-0.01"), check.after().remaining());
        assertEquals(new BigDecimal("12500.01"), check.after().committed());
    }

    @Test
    void aBlockBudgetRefusesAnApprovalBeyondItInDanish() {
        var refused = assertViolates(Rule.OVER_BUDGET,
                () -> status("20000", OverBudgetPolicy.BLOCK).approve(new BigDecimal("7500.01")));
        assertTrue(refused.getMessage().contains("tilbage af budgettet for 2027"), refused.getMessage());
        assertTrue(refused.getMessage().contains("7.500,01"), refused.getMessage());
    }

    @Test
    void aBudgetIsNeverNegative() {
        assertThrows(IllegalArgumentException.class,
                () -> new Budget(2027, SKOVLY, new BigDecimal("-1"), OverBudgetPolicy.WARN));
        assertTrue(new Budget(2027, null, BigDecimal.ONE, OverBudgetPolicy.BLOCK).isCentralPool());
    }
}
