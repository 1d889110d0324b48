package dk.kompetence.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

public record ProgrammeForm(
        @NotBlank @Size(max = 30) String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotEmpty @Size(max = 50) Set<@NotNull Long> moduleIds) {
}
