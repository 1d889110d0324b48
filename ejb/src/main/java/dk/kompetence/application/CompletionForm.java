package dk.kompetence.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Hours default to the module's hours when left out. The session checks the date against today's. */
public record CompletionForm(
        @NotNull LocalDate completedOn,
        @DecimalMin("0.1") @DecimalMax("2000") @Digits(integer = 4, fraction = 1) BigDecimal hours) {
}
