package dk.kompetence.domain.budget;

import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A budget's state, derived from the enrolments charged to it, so a change of status moves the
 * money by itself: <b>committed</b> (disponeret) are the confirmed enrolments and the requests
 * awaiting approval (the leader is about to decide them, so they are counted before approval);
 * waitlisted ones are not, they take no seat and may never get one — they count once promoted.
 * Cancelling or rejecting releases the commitment. <b>Spent</b> (forbrugt) are the completed
 * enrolments and the no-shows: a no-show keeps the cost. Remaining = amount − committed − spent.
 */
public record BudgetStatus(int year, Long institutionId, long version, BigDecimal amount, OverBudgetPolicy policy,
                           BigDecimal committed, BigDecimal spent, int coveredPeople, BigDecimal completedHours) {

    private static final Set<EnrolmentStatus> COMMITTED = EnumSet.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.REQUESTED);
    private static final Set<EnrolmentStatus> SPENT = EnumSet.of(EnrolmentStatus.COMPLETED, EnrolmentStatus.NO_SHOW);

    public BudgetStatus {
        Objects.requireNonNull(amount);
        Objects.requireNonNull(policy);
    }

    public static BudgetStatus of(Budget budget, Collection<CostedEnrolment> charged) {
        BigDecimal committed = sum(charged, COMMITTED);
        BigDecimal spent = sum(charged, SPENT);
        int covered = (int) charged.stream().filter(c -> c.status() == EnrolmentStatus.COMPLETED)
                .mapToLong(CostedEnrolment::personId).distinct().count();
        BigDecimal hours = charged.stream().filter(c -> c.status() == EnrolmentStatus.COMPLETED)
                .map(CostedEnrolment::completedHours).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BudgetStatus(budget.getYear(), budget.getInstitutionId(), budget.getVersion(), budget.getAmount(), budget.getPolicy(),
                committed, spent, covered, hours);
    }

    private static BigDecimal sum(Collection<CostedEnrolment> charged, Set<EnrolmentStatus> counted) {
        return charged.stream().filter(c -> counted.contains(c.status())).map(CostedEnrolment::cost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal remaining() {
        return amount.subtract(committed).subtract(spent);
    }

    /** Spent per person who completed a course (dækket person); null when nobody did. */
    public BigDecimal spentPerCoveredPerson() {
        return coveredPeople == 0 ? null : spent.divide(BigDecimal.valueOf(coveredPeople), 2, RoundingMode.HALF_UP);
    }

    /** Spent per completed hour of competence development; null without completed hours. */
    public BigDecimal spentPerHour() {
        return completedHours.signum() == 0 ? null : spent.divide(completedHours, 2, RoundingMode.HALF_UP);
    }

    public boolean overBudget() {
        return remaining().signum() < 0;
    }

    /**
     * Giving one more enrolment of this cost a seat, not yet counted here: the budget after it and
     * whether that goes beyond the amount. Decides nothing; see {@link BudgetCheck#refused()}.
     */
    public BudgetCheck check(BigDecimal cost) {
        BudgetStatus after = new BudgetStatus(year, institutionId, version, amount, policy, committed.add(cost), spent,
                coveredPeople, completedHours);
        return new BudgetCheck(after, after.overBudget());
    }

    /**
     * Approving one more enrolment (or a team's enrolments together) of this cost: within the
     * budget it is fine; beyond it a WARN budget lets it through with the warning set, a BLOCK
     * budget refuses.
     */
    public BudgetCheck approve(BigDecimal cost) {
        BudgetCheck check = check(cost);
        if (check.refused()) {
            NumberFormat kroner = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("da-DK"));
            throw new RuleViolationException(Rule.OVER_BUDGET, "Tilmeldingen koster " + kroner.format(cost)
                    + ", men der er kun " + kroner.format(remaining().max(BigDecimal.ZERO))
                    + " tilbage af budgettet for " + year + ". Enheden må ikke overskride budgettet.");
        }
        return check;
    }

    /** The budget after a seat was given, and whether it went beyond the amount. */
    public record BudgetCheck(BudgetStatus after, boolean overBudget) {

        /** Beyond a BLOCK budget: the seat must not be given. */
        public boolean refused() {
            return overBudget && after.policy() == OverBudgetPolicy.BLOCK;
        }

        /** Beyond a WARN budget: the seat is given, with a warning. */
        public boolean overBudgetWarning() {
            return overBudget && !refused();
        }
    }
}
