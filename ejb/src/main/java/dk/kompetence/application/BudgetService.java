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
import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.CourseModuleRepository;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionRepository;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.session.CourseSession;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.domain.session.SeatFunding;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
    CourseModuleRepository modules;

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
        String before = "ny";
        if (existing.isPresent()) {
            budget = existing.get();
            before = budget.getAmount() + " kr., " + budget.getPolicy();
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
                "Enhed " + institutionId + ", " + year + ": " + before + " → " + form.amount() + " kr., " + policy);
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
        String before = rate == null ? "ny" : rate.getHourlyRate() + " kr./t";
        if (rate == null) {
            rate = new SubstituteRate(year, role, hourlyRate);
            budgets.add(rate);
        } else {
            rate.change(hourlyRate);
        }
        audit.record("SUBSTITUTE_RATE_SET", "SubstituteRate", null, null, year + " " + role + ": " + before + " → " + hourlyRate + " kr./t");
        return rate;
    }

    /**
     * Who pays for a session and its fixed cost. Enrolments already made move with it: committed
     * and spent are derived from the session's payer, never stored. Checked against the version the
     * change was based on, like any other change of the session.
     */
    @RolesAllowed(CurrentUser.HR)
    public CourseSession fundSession(long sessionId, long expectedVersion, @NotNull @Valid SessionFunding funding) {
        CourseSession session = sessions.findForUpdate(sessionId).orElseThrow(unknown("Hold", sessionId));
        Versions.check("Holdet", session.getVersion(), expectedVersion);
        String before = funding(session.getPayer(), session.getPayerFund(), session.getFixedCost());
        session.fund(funding.payer(), funding.fund(), funding.fixedCost());
        audit.record("SESSION_FUNDING_SET", "CourseSession", session.getId(), null, session.getCode() + ": " + before
                + " → " + funding(session.getPayer(), session.getPayerFund(), session.getFixedCost()));
        return session;
    }

    /**
     * The module's fee per participant in kroner (none: null), for every session of it not yet paid
     * for; checked against the version of the module the change was based on.
     */
    @RolesAllowed(CurrentUser.HR)
    public CourseModule chargeFee(long moduleId, long expectedVersion,
                                  @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal fee) {
        CourseModule module = modules.find(moduleId).orElseThrow(unknown("Modul", moduleId));
        Versions.check("Modulet", module.getVersion(), expectedVersion);
        BigDecimal before = module.getFeePerParticipant();
        module.chargeFee(fee);
        audit.record("MODULE_FEE_SET", "CourseModule", module.getId(), null,
                module.getCode() + ": " + (before == null ? "intet" : before + " kr.") + " → "
                        + (fee == null ? "intet" : fee + " kr.") + " pr. deltager");
        return module;
    }

    private static String funding(Payer payer, String fund, BigDecimal fixedCost) {
        return payer + (fund == null ? "" : " (" + fund + ")") + ", faste omkostninger "
                + (fixedCost == null ? "ingen" : fixedCost + " kr.");
    }

    /** What one enrolment costs: fee plus substitute cover at the rate of the session's year. */
    public BigDecimal cost(Enrolment enrolment) {
        return EnrolmentCost.of(enrolment.getSession(), enrolment.getPerson(),
                (year, role) -> budgets.rate(year, role).map(SubstituteRate::getHourlyRate));
    }

    /**
     * The budget check of enrolments that have just been given seats — an approval, a confirmed
     * self-enrolment, a leader's team enrolment, promotions from the waitlist — on sessions their
     * institution pays for, per institution and year with a budget, all of one institution's
     * seats together (a team is one decision). The budget row is locked, so concurrent decisions
     * against one budget queue up. BLOCK refuses (the caller's transaction rolls back, nothing
     * changes); WARN lets them through, records the overrun in the audit trail and answers with it.
     */
    @RolesAllowed({CurrentUser.EMPLOYEE, CurrentUser.VOLUNTEER, CurrentUser.LEADER, CurrentUser.HR, CurrentUser.EDUCATOR})
    public List<BudgetCheck> requireFunds(@NotNull Collection<Enrolment> seated) {
        Map<ChargedTo, List<Enrolment>> byBudget = seated.stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.CONFIRMED)
                .flatMap(e -> ChargedTo.of(e).map(to -> Map.entry(to, e)).stream())
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<BudgetCheck> checks = new ArrayList<>();
        byBudget.forEach((to, enrolments) -> check(to, enrolments).ifPresent(status -> {
            BudgetCheck check = status.approve(enrolments.stream().map(this::cost).reduce(BigDecimal.ZERO, BigDecimal::add));
            if (check.overBudgetWarning()) {
                enrolments.forEach(e -> audit.record("BUDGET_EXCEEDED", "Enrolment", e.getId(), e.getPerson().getId(),
                        "Plads givet ud over budgettet " + to.year() + ": " + check.after().remaining() + " kr. tilbage"));
            }
            checks.add(check);
        }));
        return checks;
    }

    /**
     * Locks, in order of institution, the budgets that seats on the session for people of these
     * institutions would be charged to. Called right after the session is locked and before any
     * enrolment row changes: the budget check reads the institution's enrolments, so a
     * transaction that changed one of them and only then waited for the budget could deadlock
     * with the one holding the budget and reading that row.
     */
    @RolesAllowed({CurrentUser.EMPLOYEE, CurrentUser.VOLUNTEER, CurrentUser.LEADER, CurrentUser.HR, CurrentUser.EDUCATOR})
    public void lockBudgets(@NotNull CourseSession session, @NotNull Collection<Long> institutionIds) {
        if (session.getPayer() != Payer.INSTITUTION) {
            return;
        }
        int year = session.getStartsOn().getYear();
        institutionIds.stream().filter(Objects::nonNull).distinct().sorted()
                .forEach(institutionId -> budgets.findForUpdate(institutionId, year));
    }

    /**
     * Whether a waitlisted enrolment's seat can be paid for now: not when it would take a BLOCK
     * budget beyond its amount. Such a candidate stays on the waitlist (the cancellation or the
     * new capacity that freed the seat goes through) and the seat goes to the next in line; they
     * are promoted later when the budget allows it (a cancellation, a larger budget) and a seat
     * frees up again.
     */
    @RolesAllowed({CurrentUser.EMPLOYEE, CurrentUser.VOLUNTEER, CurrentUser.LEADER, CurrentUser.HR, CurrentUser.EDUCATOR})
    public SeatFunding seatFunding() {
        return candidate -> ChargedTo.of(candidate)
                .flatMap(to -> check(to, List.of(candidate)))
                .map(status -> !status.check(cost(candidate)).refused())
                .orElse(true);
    }

    /** The budget the enrolments are charged to, locked, without them; empty when it has none that year. */
    private Optional<BudgetStatus> check(ChargedTo to, List<Enrolment> leftOut) {
        return budgets.findForUpdate(to.institutionId(), to.year()).map(budget -> {
            List<Enrolment> charged = budgets.chargedToInstitutions(to.institutionId(), to.year());
            Set<Long> ids = leftOut.stream().map(Enrolment::getId).filter(Objects::nonNull).collect(Collectors.toSet());
            return BudgetStatus.of(budget, costed(charged, to.year()).stream()
                    .filter(c -> !ids.contains(c.enrolmentId())).toList());
        });
    }

    /** An institution's budget of a year, which enrolments on sessions it pays for starting that year are charged to. */
    private record ChargedTo(long institutionId, int year) {

        static Optional<ChargedTo> of(Enrolment enrolment) {
            Long institutionId = enrolment.institutionId();
            if (institutionId == null || enrolment.getSession().getPayer() != Payer.INSTITUTION) {
                return Optional.empty();
            }
            return Optional.of(new ChargedTo(institutionId, enrolment.getSession().getStartsOn().getYear()));
        }
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
