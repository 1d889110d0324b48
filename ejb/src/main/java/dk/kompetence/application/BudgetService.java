package dk.kompetence.application;

import static dk.kompetence.application.UnknownEntityException.unknown;

import dk.kompetence.domain.budget.Budget;
import dk.kompetence.domain.budget.BudgetRepository;
import dk.kompetence.domain.budget.BudgetStatus;
import dk.kompetence.domain.budget.BudgetStatus.BudgetCheck;
import dk.kompetence.domain.budget.CostedEnrolment;
import dk.kompetence.domain.budget.EnrolmentCost;
import dk.kompetence.domain.budget.OverBudgetPolicy;
import dk.kompetence.domain.budget.Payer;
import dk.kompetence.domain.budget.SubstituteRate;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionRepository;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.domain.session.SessionRepository;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Budgets and substitute rates (HR manages them; a leader reads their own institution's budget),
 * the budget check when an enrolment is approved, and the spend report. Committed and spent are
 * never stored: they are derived from the enrolments' statuses (see {@link BudgetStatus}).
 */
@Stateless
@RolesAllowed({CurrentUser.LEADER, CurrentUser.HR})
public class BudgetService {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    @Inject
    BudgetRepository budgets;

    @Inject
    InstitutionRepository institutions;

    @Inject
    SessionRepository sessions;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /** The institution's budget for the year with committed, spent and remaining. */
    public BudgetStatus status(long institutionId, @Min(FIRST_YEAR) @Max(LAST_YEAR) int year) {
        currentUser.requireHrOrLeaderOf(institutionId);
        Budget budget = budgets.find(institutionId, year)
                .orElseThrow(unknown("Budget " + year + " for enheden", institutionId));
        return BudgetStatus.of(budget, costed(budgets.chargedToInstitutions(institutionId, year), year));
    }

    /**
     * The cost and the budget of each request awaiting approval, by enrolment id; a request on a
     * session the institution does not pay for, or in a year without a budget, has none.
     */
    public Map<Long, RequestBudget> requestBudgets(long institutionId, @NotNull List<Long> enrolmentIds) {
        currentUser.requireHrOrLeaderOf(institutionId);
        Map<Integer, Optional<BudgetStatus>> byYear = new HashMap<>();
        Map<Long, RequestBudget> result = new HashMap<>();
        for (Long id : enrolmentIds) {
            Enrolment enrolment = sessions.findEnrolment(id).orElseThrow(unknown("Tilmelding", id));
            if (!Objects.equals(enrolment.institutionId(), institutionId)
                    || enrolment.getSession().getPayer() != Payer.INSTITUTION) {
                continue;
            }
            int year = enrolment.getSession().getStartsOn().getYear();
            byYear.computeIfAbsent(year, y -> budgets.find(institutionId, y).map(budget ->
                    BudgetStatus.of(budget, costed(budgets.chargedToInstitutions(institutionId, y), y))))
                    .ifPresent(status -> result.put(id, new RequestBudget(cost(enrolment), year, status.amount(),
                            status.committed(), status.remaining(), status.overBudget())));
        }
        return result;
    }

    /**
     * Creates the institution's budget for the year, or changes it: a change names the version it
     * was based on (expectedVersion), so two HR editors cannot overwrite each other unseen.
     */
    @RolesAllowed(CurrentUser.HR)
    public BudgetStatus setBudget(long institutionId, @Min(FIRST_YEAR) @Max(LAST_YEAR) int year, Long expectedVersion,
                                  @NotNull @Valid BudgetForm form) {
        institutions.find(institutionId).orElseThrow(unknown("Enhed", institutionId));
        OverBudgetPolicy policy = form.policy() == null ? OverBudgetPolicy.WARN : form.policy();
        Optional<Budget> existing = budgets.findForUpdate(institutionId, year);
        Budget budget;
        if (existing.isPresent()) {
            budget = existing.get();
            if (expectedVersion == null) {
                throw new RuleViolationException(Rule.STALE_VERSION,
                        "Budgettet for " + year + " findes allerede; send dets version (If-Match) med ændringen.");
            }
            Versions.check("Budgettet", budget.getVersion(), expectedVersion);
            budget.change(form.amount(), policy);
        } else {
            budget = new Budget(year, institutionId, form.amount(), policy);
            budgets.add(budget);
        }
        audit.record("BUDGET_SET", "Budget", budget.getId(), null,
                "Enhed " + institutionId + ", " + year + ": " + form.amount() + " kr., " + policy);
        return status(institutionId, year);
    }

    @RolesAllowed(CurrentUser.HR)
    public List<SubstituteRate> rates(@Min(FIRST_YEAR) @Max(LAST_YEAR) int year) {
        return budgets.rates(year);
    }

    @RolesAllowed(CurrentUser.HR)
    public SubstituteRate setRate(@Min(FIRST_YEAR) @Max(LAST_YEAR) int year, @NotNull JobRole role,
                                  @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal hourlyRate) {
        SubstituteRate rate = budgets.rate(year, role).orElse(null);
        if (rate == null) {
            rate = new SubstituteRate(year, role, hourlyRate);
            budgets.add(rate);
        } else {
            rate.change(hourlyRate);
        }
        audit.record("SUBSTITUTE_RATE_SET", "SubstituteRate", null, null, year + " " + role + ": " + hourlyRate + " kr./t");
        return rate;
    }

    /** What one enrolment costs: fee plus substitute cover at the rate of the session's year. */
    public BigDecimal cost(Enrolment enrolment) {
        return EnrolmentCost.of(enrolment.getSession(), enrolment.getPerson(),
                (year, role) -> budgets.rate(year, role).map(SubstituteRate::getHourlyRate));
    }

    /**
     * The budget check of an approval that gave the person a seat, on a session the institution
     * pays for, when the institution has a budget that year: BLOCK refuses (and the approval is
     * rolled back), WARN answers with the warning. Empty when no budget is involved.
     */
    public Optional<BudgetCheck> checkApproval(Enrolment enrolment) {
        Long institutionId = enrolment.institutionId();
        if (enrolment.getStatus() != EnrolmentStatus.CONFIRMED || institutionId == null
                || enrolment.getSession().getPayer() != Payer.INSTITUTION) {
            return Optional.empty();
        }
        int year = enrolment.getSession().getStartsOn().getYear();
        return budgets.findForUpdate(institutionId, year).map(budget -> {
            List<CostedEnrolment> others = costed(budgets.chargedToInstitutions(institutionId, year), year).stream()
                    .filter(c -> c.enrolmentId() != enrolment.getId()).toList();
            return BudgetStatus.of(budget, others).approve(cost(enrolment));
        });
    }

    /** Per institution that pays for enrolments or has a budget in the year: budget, committed, spent and unit costs. */
    @RolesAllowed(CurrentUser.HR)
    public List<InstitutionSpend> spendReport(@Min(FIRST_YEAR) @Max(LAST_YEAR) int year) {
        Map<Long, List<Enrolment>> byInstitution = budgets.chargedToInstitutions(null, year).stream()
                .collect(Collectors.groupingBy(Enrolment::institutionId));
        Map<Long, Budget> budgetOf = budgets.budgets(year).stream().filter(b -> !b.isCentralPool())
                .collect(Collectors.toMap(Budget::getInstitutionId, b -> b));
        Map<JobRole, BigDecimal> rates = rateTable(year);
        return institutionsIn(byInstitution, budgetOf).stream().map(institution -> {
            Budget budget = budgetOf.get(institution.getId());
            BudgetStatus status = BudgetStatus.of(
                    budget != null ? budget : new Budget(year, institution.getId(), BigDecimal.ZERO, OverBudgetPolicy.WARN),
                    costed(byInstitution.getOrDefault(institution.getId(), List.of()), rates));
            return new InstitutionSpend(institution.getId(), institution.getName(),
                    budget == null ? null : budget.getAmount(), status.committed(), status.spent(),
                    status.coveredPeople(), status.completedHours(), status.spentPerCoveredPerson(),
                    status.spentPerHour());
        }).sorted(Comparator.comparing(InstitutionSpend::institution)).toList();
    }

    private List<Institution> institutionsIn(Map<Long, List<Enrolment>> byInstitution, Map<Long, Budget> budgetOf) {
        return Stream.concat(byInstitution.keySet().stream(), budgetOf.keySet().stream()).distinct()
                .map(id -> institutions.find(id).orElseThrow(unknown("Enhed", id))).toList();
    }

    private List<CostedEnrolment> costed(List<Enrolment> charged, int year) {
        return costed(charged, rateTable(year));
    }

    /** All enrolments charged to a year start in that year, so one year's rate table prices them all. */
    private static List<CostedEnrolment> costed(List<Enrolment> charged, Map<JobRole, BigDecimal> rates) {
        return charged.stream().map(e -> new CostedEnrolment(e.getId(), e.getPerson().getId(), e.getStatus(),
                EnrolmentCost.of(e.getSession(), e.getPerson(), (year, role) -> Optional.ofNullable(rates.get(role))),
                e.getCompletedHours())).toList();
    }

    private Map<JobRole, BigDecimal> rateTable(int year) {
        Map<JobRole, BigDecimal> table = new EnumMap<>(JobRole.class);
        budgets.rates(year).forEach(rate -> table.put(rate.getJobRole(), rate.getHourlyRate()));
        return table;
    }
}
