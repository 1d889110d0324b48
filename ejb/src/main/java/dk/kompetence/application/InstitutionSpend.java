package dk.kompetence.application;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One institution's line in the spend report for a year: its budget (null without one), what is
 * committed and spent on enrolments it pays for, the people who completed a course (covered) and
 * the hours they completed, and the spend per covered person and per hour (null when none).
 */
public record InstitutionSpend(long institutionId, String institution, BigDecimal budget, BigDecimal committed,
                               BigDecimal spent, int coveredPeople, BigDecimal completedHours,
                               BigDecimal spentPerCoveredPerson, BigDecimal spentPerHour) implements Serializable {

    /** What is left of the budget (null without one), as the budget counts it. */
    public BigDecimal remaining() {
        return budget == null ? null : budget.subtract(committed).subtract(spent);
    }
}
