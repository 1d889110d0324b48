package dk.kompetence.domain.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Kompetenceudviklingsbudget: what an institution, or the central pool (no institution), may
 * spend on competence development in one year, and what happens when an approval goes beyond it.
 */
@Entity
@Table(name = "budget")
public class Budget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "over_budget_policy", nullable = false, length = 10)
    private OverBudgetPolicy policy;

    @Version
    private long version;

    protected Budget() {
    }

    public Budget(int year, Long institutionId, BigDecimal amount, OverBudgetPolicy policy) {
        this.year = year;
        this.institutionId = institutionId;
        change(amount, policy);
    }

    public void change(BigDecimal newAmount, OverBudgetPolicy newPolicy) {
        if (newAmount == null || newAmount.signum() < 0) {
            throw new IllegalArgumentException("A budget is zero or more");
        }
        this.amount = newAmount;
        this.policy = Objects.requireNonNull(newPolicy);
    }

    public boolean isCentralPool() {
        return institutionId == null;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public OverBudgetPolicy getPolicy() {
        return policy;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Budget that && year == that.year && Objects.equals(institutionId, that.institutionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, institutionId);
    }
}
