package dk.kompetence.application;

import dk.kompetence.application.ManagementInformation.Level;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** Whose management information: the whole municipality, one area (areaId) or one institution (institutionId). */
public record ManagementScope(@NotNull Level level, Long areaId, Long institutionId) {

    @AssertTrue(message = "Vælg et område")
    public boolean isAreaNamed() {
        return level != Level.AREA || areaId != null;
    }

    @AssertTrue(message = "Vælg en enhed")
    public boolean isInstitutionNamed() {
        return level != Level.INSTITUTION || institutionId != null;
    }
}
