package dk.kompetence.application;

import dk.kompetence.domain.completion.ActivityKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Learning outside courses, e.g. the inclusion counsellors' network meeting; it may count as a module. */
public record ActivityForm(
        @NotNull ActivityKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate date,
        @NotNull @DecimalMin("0.1") @DecimalMax("2000") @Digits(integer = 4, fraction = 1) BigDecimal hours,
        Long countsAsModuleId) {
}
