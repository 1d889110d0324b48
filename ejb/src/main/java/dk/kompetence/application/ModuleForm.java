package dk.kompetence.application;

import dk.kompetence.domain.catalogue.Approach;
import dk.kompetence.domain.catalogue.AudienceRole;
import dk.kompetence.domain.catalogue.DeliveryFormat;
import dk.kompetence.domain.organisation.InstitutionType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;

/** A module as a provider or HR describes it; a new one starts as a draft. */
public record ModuleForm(
        @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9ÆØÅæøå._-]+", message = "{kompetence.code}") String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull Long providerId,
        @NotNull DeliveryFormat format,
        @NotNull @DecimalMin("0.1") @DecimalMax("2000") @Digits(integer = 4, fraction = 1) BigDecimal hours,
        @DecimalMin("0.1") @DecimalMax("90") @Digits(integer = 2, fraction = 1) BigDecimal ects,
        @Min(1) @Max(240) Integer renewalMonths,
        @Min(1) @Max(60) Integer mandatoryWithinMonths,
        boolean approvalRequired,
        @Size(max = 20) Set<@NotNull Approach> approaches,
        @Size(max = 20) Set<@NotNull AudienceRole> audienceRoles,
        @Size(max = 20) Set<@NotNull InstitutionType> institutionTypes,
        @Size(max = 20) Set<@NotNull Long> trackIds,
        @Size(max = 20) Set<@NotNull Long> prerequisiteIds) {
}
