package dk.kompetence.application;

import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.person.JobRole;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** A target as HR writes it. */
public record TargetForm(
        @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9ÆØÅæøå._-]+", message = "{kompetence.code}") String code,
        @NotBlank @Size(max = 200) String name,
        Long moduleId,
        Long programmeId,
        @Min(1) @Max(100) Integer requiredPercent,
        @Min(1) @Max(1000) Integer minimumCount,
        @NotNull LocalDate deadline,
        @Min(1) @Max(60) Integer withinMonthsOfHire,
        @Size(max = 20) Set<@NotNull InstitutionType> institutionTypes,
        @Size(max = 500) Set<@NotNull Long> institutionIds,
        @Size(max = 20) Set<@NotNull JobRole> jobRoles,
        boolean includesEmployees,
        boolean includesVolunteers) {

    @AssertTrue(message = "{kompetence.target.what}")
    public boolean isModuleOrProgramme() {
        return (moduleId == null) != (programmeId == null);
    }

    @AssertTrue(message = "{kompetence.target.howMany}")
    public boolean isPercentOrCount() {
        return (requiredPercent == null) != (minimumCount == null);
    }

    @AssertTrue(message = "{kompetence.target.who}")
    public boolean isForSomeone() {
        return includesEmployees || includesVolunteers;
    }
}
