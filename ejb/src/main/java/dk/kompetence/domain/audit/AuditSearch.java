package dk.kompetence.domain.audit;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record AuditSearch(@Size(max = 100) String actor, @Size(max = 40) String action,
                          @Size(max = 30) String entityType, Long entityId, Long personId, LocalDate from, LocalDate to) {
}
