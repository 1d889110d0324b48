package dk.kompetence.application;

import dk.kompetence.domain.audit.AuditEvent;
import dk.kompetence.domain.audit.AuditSearch;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.infrastructure.persistence.AuditQueries;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Records who changed what, in the same transaction as the change (a change that rolls back leaves
 * no entry), and lets HR read the trail.
 */
@Stateless
public class AuditTrail {

    public static final int EXPORT_LIMIT = 100_000;

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditQueries queries;

    @Inject
    Clock clock;

    /** Anyone whose change is allowed gets it recorded; the services check the rights. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String entityType, Long entityId, Long personId, String summary) {
        recordBy(currentUser.name(), action, entityType, entityId, personId, summary);
    }

    /** For work done later on someone's behalf (a payroll import's job), where no caller is signed in. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordBy(String user, String action, String entityType, Long entityId, Long personId, String summary) {
        entityManager.persist(new AuditEvent(LocalDateTime.now(clock), user, action, entityType, entityId, personId,
                summary));
    }

    /** The whole filtered trail for an export, oldest first, capped at {@value #EXPORT_LIMIT} rows. */
    @RolesAllowed(CurrentUser.HR)
    public java.util.List<AuditEvent> export(@NotNull @Valid AuditSearch search) {
        return queries.search(search, new PageRequest(0, EXPORT_LIMIT, "occurredAt")).items();
    }

    @RolesAllowed(CurrentUser.HR)
    public Page<AuditEvent> search(@NotNull @Valid AuditSearch search, @NotNull @Valid PageRequest page) {
        return queries.search(search, page);
    }
}
