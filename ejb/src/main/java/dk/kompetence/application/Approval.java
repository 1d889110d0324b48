package dk.kompetence.application;

import dk.kompetence.domain.budget.BudgetStatus;
import dk.kompetence.domain.session.Enrolment;

/**
 * An approved enrolment and, when the institution's budget was checked, the budget after it;
 * overBudget is the warning of a WARN budget that the approval went beyond.
 */
public record Approval(Enrolment enrolment, BudgetStatus budget, boolean overBudget) {
}
