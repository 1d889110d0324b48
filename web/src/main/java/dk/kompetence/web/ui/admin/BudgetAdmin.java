package dk.kompetence.web.ui.admin;

import dk.kompetence.application.BudgetForm;
import dk.kompetence.application.BudgetService;
import dk.kompetence.application.InstitutionSpend;
import dk.kompetence.application.OrganisationService;
import dk.kompetence.application.UnknownEntityException;
import dk.kompetence.domain.budget.BudgetStatus;
import dk.kompetence.domain.budget.OverBudgetPolicy;
import dk.kompetence.domain.budget.SubstituteRate;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.web.export.DanishNumbers;
import dk.kompetence.web.ui.Messages;
import dk.kompetence.web.ui.Option;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * HR: the year's budgets per institution (amount and whether going beyond it warns or blocks)
 * and the substitute rates per job role, which price the cover in every enrolment's cost.
 */
@Named
@ViewScoped
public class BudgetAdmin implements Serializable {

    private static final Map<String, String> BUDGET_FIELDS = Map.of("amount", "amount", "policy", "policy");

    /** One job role's hourly rate as typed, and as stored (to save only what changed). */
    public static final class RateLine implements Serializable {

        private final JobRole role;
        private final BigDecimal stored;
        private BigDecimal rate;

        RateLine(JobRole role, BigDecimal stored) {
            this.role = role;
            this.stored = stored;
            this.rate = stored;
        }

        public JobRole getRole() {
            return role;
        }

        public BigDecimal getRate() {
            return rate;
        }

        public void setRate(BigDecimal rate) {
            this.rate = rate;
        }

        boolean changed() {
            return rate != null && (stored == null || rate.compareTo(stored) != 0);
        }
    }

    @Inject
    BudgetService budgets;

    @Inject
    OrganisationService organisation;

    private int year = LocalDate.now().getYear();
    private List<Option> institutions;
    private List<InstitutionSpend> lines;
    private List<RateLine> rates;

    private Long institutionId;
    private Long version;
    private BigDecimal amount;
    private OverBudgetPolicy policy = OverBudgetPolicy.WARN;

    @PostConstruct
    void load() {
        institutions = organisation.allInstitutions().stream().map(i -> new Option(i.getId(), i.getName())).toList();
        showYear();
    }

    /** The year's budgets and rates; the budget form starts again. */
    public void showYear() {
        lines = budgets.spendReport(year).stream().filter(line -> line.budget() != null).toList();
        Map<JobRole, BigDecimal> stored = new EnumMap<>(JobRole.class);
        budgets.rates(year).forEach(rate -> stored.put(rate.getJobRole(), rate.getHourlyRate()));
        List<RateLine> byRole = new ArrayList<>();
        for (JobRole role : JobRole.values()) {
            byRole.add(new RateLine(role, stored.get(role)));
        }
        rates = byRole;
        chooseInstitution();
    }

    /** Fills the form with the chosen institution's budget for the year, or leaves it empty for a new one. */
    public void chooseInstitution() {
        version = null;
        amount = null;
        policy = OverBudgetPolicy.WARN;
        if (institutionId == null) {
            return;
        }
        try {
            BudgetStatus status = budgets.status(institutionId, year);
            version = status.version();
            amount = status.amount();
            policy = status.policy();
        } catch (UnknownEntityException noBudgetYet) {
            // a new budget: the form stays empty
        }
    }

    public void saveBudget() {
        if (institutionId == null) {
            Messages.error("budget:institution", Messages.text("budgets.chooseInstitution"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        BudgetStatus saved = Messages.attempt(() -> budgets.setBudget(institutionId, year, version,
                new BudgetForm(amount, policy)), "budget", BUDGET_FIELDS);
        if (saved != null) {
            Messages.info("budgets.saved", name(institutionId), year, DanishNumbers.money(saved.amount()));
            showYear();
        }
    }

    /** Saves the rates that changed; a refused one is reported next to its field. */
    public void saveRates() {
        int saved = 0;
        for (int i = 0; i < rates.size(); i++) {
            RateLine line = rates.get(i);
            if (!line.changed()) {
                continue;
            }
            String input = "roles:" + i + ":rate";
            SubstituteRate rate = Messages.attempt(() -> budgets.setRate(year, line.getRole(), line.getRate()), "rates",
                    path -> input);
            if (rate != null) {
                saved++;
            }
        }
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            Messages.info("budgets.ratesSaved", saved, year);
            showYear();
        }
    }

    private String name(long id) {
        return institutions.stream().filter(o -> o.id() == id).map(Option::label).findFirst().orElse("");
    }

    public String money(BigDecimal amount) {
        return amount == null ? "–" : DanishNumbers.money(amount);
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(now - 3, now + 2).boxed().sorted(Comparator.reverseOrder()).toList();
    }

    public OverBudgetPolicy[] getPolicies() {
        return OverBudgetPolicy.values();
    }

    public List<Option> getInstitutions() {
        return institutions;
    }

    public List<InstitutionSpend> getLines() {
        return lines;
    }

    public List<RateLine> getRates() {
        return rates;
    }

    public boolean isExisting() {
        return version != null;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public OverBudgetPolicy getPolicy() {
        return policy;
    }

    public void setPolicy(OverBudgetPolicy policy) {
        this.policy = Objects.requireNonNullElse(policy, OverBudgetPolicy.WARN);
    }
}
