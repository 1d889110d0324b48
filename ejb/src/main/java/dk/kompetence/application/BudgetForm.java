package dk.kompetence.application;

import dk.kompetence.domain.budget.OverBudgetPolicy;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** HR sets a budget: the amount in kroner and what going beyond it does (WARN when left out). */
public record BudgetForm(@NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal amount,
                         OverBudgetPolicy policy) {
}
