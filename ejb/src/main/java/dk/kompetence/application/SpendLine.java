package dk.kompetence.application;

import java.math.BigDecimal;

/**
 * One line of the spend report (see {@link dk.kompetence.reporting.SpendReport}): its key and
 * name (null where the key names it: an approach, the central pool, "not allocated"), the budget
 * and what remains of it on a payer's line that has one (an institution's own, and the central
 * pool's for the whole municipality), committed and spent on enrolments, the fixed costs of
 * sessions that have started, the people who completed and their hours, and what was paid
 * (spent + fixed costs) per covered person and per completed hour.
 */
public record SpendLine(String key, String name, BigDecimal budget, BigDecimal remaining, BigDecimal committed,
                        BigDecimal spent, BigDecimal fixedCosts, BigDecimal paid, int coveredPeople,
                        BigDecimal completedHours, BigDecimal costPerCoveredPerson, BigDecimal costPerHour) {
}
