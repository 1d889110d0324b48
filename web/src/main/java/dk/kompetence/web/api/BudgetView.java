package dk.kompetence.web.api;

import dk.kompetence.domain.budget.BudgetStatus;
import dk.kompetence.domain.budget.OverBudgetPolicy;
import java.math.BigDecimal;

/** A budget for a year with committed (disponeret), spent (forbrugt) and remaining, in kroner. */
public record BudgetView(Long institutionId, int year, BigDecimal amount, OverBudgetPolicy policy, BigDecimal committed,
                         BigDecimal spent, BigDecimal remaining, boolean overBudget, int coveredPeople,
                         BigDecimal completedHours, BigDecimal spentPerCoveredPerson, BigDecimal spentPerHour) {

    public static BudgetView of(BudgetStatus s) {
        return new BudgetView(s.institutionId(), s.year(), s.amount(), s.policy(), s.committed(), s.spent(),
                s.remaining(), s.overBudget(), s.coveredPeople(), s.completedHours(), s.spentPerCoveredPerson(),
                s.spentPerHour());
    }
}
