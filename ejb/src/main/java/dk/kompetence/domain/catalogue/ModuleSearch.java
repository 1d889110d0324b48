package dk.kompetence.domain.catalogue;

import dk.kompetence.domain.organisation.InstitutionType;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Catalogue filters. from/to: has an open session starting in that period. withFreeSeats: has an
 * open session with a free seat that has not started. An empty audience counts as everyone.
 */
public record ModuleSearch(@Size(max = 100) String text, Approach approach, AudienceRole role,
                           InstitutionType institutionType, DeliveryFormat format, ModuleStatus status,
                           Long providerId, LocalDate from, LocalDate to, boolean withFreeSeats) {

    public static ModuleSearch published() {
        return new ModuleSearch(null, null, null, null, null, ModuleStatus.PUBLISHED, null, null, null, false);
    }
}
