package dk.kompetence.web.api;

import dk.kompetence.domain.catalogue.Approach;
import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.DeliveryFormat;
import dk.kompetence.domain.catalogue.ModuleStatus;
import java.math.BigDecimal;
import java.util.Set;

public record ModuleView(long id, String code, String title, String description, long providerId, String provider,
                         DeliveryFormat format, BigDecimal hours, BigDecimal ects, Integer renewalMonths,
                         Set<Approach> approaches, ModuleStatus status) {

    public static ModuleView of(CourseModule module) {
        return new ModuleView(module.getId(), module.getCode(), module.getTitle(), module.getDescription(),
                module.getProvider().getId(), module.getProvider().getName(), module.getFormat(), module.getHours(), module.getEcts(),
                module.getRenewalMonths(), module.getApproaches(), module.getStatus());
    }
}
