package dk.kompetence.domain.budget;

/** What approving an enrolment beyond the budget does: WARN lets it through with a warning, BLOCK refuses it. */
public enum OverBudgetPolicy {
    WARN,
    BLOCK
}
