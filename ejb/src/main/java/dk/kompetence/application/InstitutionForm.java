package dk.kompetence.application;

import dk.kompetence.domain.organisation.InstitutionType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record InstitutionForm(
        @NotNull Long areaId,
        @NotBlank @Size(max = 150) String name,
        @NotNull InstitutionType type,
        @Pattern(regexp = "\\d{6}", message = "{kompetence.institutionNumber}") String institutionNumber,
        @Pattern(regexp = "[A-Za-z0-9]{6}", message = "{kompetence.daycareUnitNumber}") String daycareUnitNumber,
        @Pattern(regexp = "\\d{10}", message = "{kompetence.pNumber}") String pNumber,
        @Size(max = 20) String costCentre,
        boolean approvalRequired) {
}
