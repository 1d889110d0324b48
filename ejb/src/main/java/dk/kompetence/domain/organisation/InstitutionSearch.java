package dk.kompetence.domain.organisation;

import jakarta.validation.constraints.Size;

public record InstitutionSearch(@Size(max = 100) String text, InstitutionType type, Long areaId) {
}
