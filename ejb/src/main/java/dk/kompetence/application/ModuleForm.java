package dk.kompetence.application;

import dk.kompetence.domain.catalogue.Approach;
import dk.kompetence.domain.catalogue.AudienceRole;
import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.DeliveryFormat;
import dk.kompetence.domain.catalogue.StrategyTrack;
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
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;

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
        @Size(max = 20) Set<@NotNull Long> prerequisiteIds) implements Serializable {

    /** The module as it is, to change a part of it. */
    public static ModuleForm of(CourseModule module) {
        return new ModuleForm(module.getCode(), module.getTitle(), module.getDescription(), module.getProvider().getId(),
                module.getFormat(), module.getHours(), module.getEcts(), module.getRenewalMonths(),
                module.getMandatoryWithinMonths(), module.isApprovalRequired(), Set.copyOf(module.getApproaches()),
                Set.copyOf(module.getAudienceRoles()), Set.copyOf(module.getAudienceInstitutionTypes()),
                module.getTracks().stream().map(StrategyTrack::getId).collect(Collectors.toSet()),
                module.getPrerequisites().stream().map(CourseModule::getId).collect(Collectors.toSet()));
    }

    /** This form with what a provider describes replaced, the rest kept. */
    public ModuleForm describedAs(String newTitle, String newDescription, DeliveryFormat newFormat, BigDecimal newHours,
                                  Set<Approach> newApproaches) {
        return new ModuleForm(code, newTitle, newDescription, providerId, newFormat, newHours, ects, renewalMonths,
                mandatoryWithinMonths, approvalRequired, newApproaches, audienceRoles, institutionTypes, trackIds,
                prerequisiteIds);
    }

    /** This form with HR's rules for the module replaced, the rest kept. */
    public ModuleForm withRules(Integer newRenewalMonths, Integer newMandatoryWithinMonths, boolean newApprovalRequired) {
        return new ModuleForm(code, title, description, providerId, format, hours, ects, newRenewalMonths,
                newMandatoryWithinMonths, newApprovalRequired, approaches, audienceRoles, institutionTypes, trackIds,
                prerequisiteIds);
    }
}
