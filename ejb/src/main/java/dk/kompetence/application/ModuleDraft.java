package dk.kompetence.application;

import dk.kompetence.domain.catalogue.Approach;
import dk.kompetence.domain.catalogue.DeliveryFormat;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;

/** What a provider or HR fills in to put a new module in the catalogue as a draft. */
public record ModuleDraft(
        @NotBlank @Size(max = 30) String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull Long providerId,
        @NotNull DeliveryFormat format,
        @NotNull @DecimalMin("0.1") @DecimalMax("2000") @Digits(integer = 4, fraction = 1) BigDecimal hours,
        Set<@NotNull Approach> approaches) {
}
