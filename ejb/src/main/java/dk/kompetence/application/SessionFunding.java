package dk.kompetence.application;

import dk.kompetence.domain.budget.Payer;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** HR says who pays for a session (an external fund by name) and its fixed cost in kroner (none: null). */
public record SessionFunding(@NotNull Payer payer, @Size(max = 200) String fund,
                             @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal fixedCost) {

    @AssertTrue(message = "Fonden skal navngives, når en fond betaler, og kun da")
    public boolean isFundNamedExactlyForAFund() {
        return payer == null || (payer == Payer.EXTERNAL_FUND) == (fund != null && !fund.isBlank());
    }
}
