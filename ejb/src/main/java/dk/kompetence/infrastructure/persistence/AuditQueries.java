package dk.kompetence.infrastructure.persistence;

import dk.kompetence.domain.audit.AuditEvent;
import dk.kompetence.domain.audit.AuditSearch;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class AuditQueries {

    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "a.occurredAt", "actor", "a.actor",
            "action", "a.action");

    @Inject
    EntityManager entityManager;

    public Page<AuditEvent> search(AuditSearch search, PageRequest page) {
        return new JpqlSearch<>(AuditEvent.class, "a", null)
                .where("a.actor = :actor", "actor", search.actor())
                .where("a.action = :action", "action", search.action())
                .where("a.entityType = :type", "type", search.entityType())
                .where("a.entityId = :entity", "entity", search.entityId())
                .where("a.personId = :person", "person", search.personId())
                .where("a.occurredAt >= :from", "from", search.from() == null ? null : search.from().atStartOfDay())
                .where("a.occurredAt < :to", "to", search.to() == null ? null : search.to().plusDays(1).atStartOfDay())
                .page(entityManager, page, SORTABLE, "occurredAt");
    }

    public List<AuditEvent> aboutPerson(long personId) {
        return entityManager.createQuery("SELECT a FROM AuditEvent a WHERE a.personId = :person ORDER BY a.occurredAt",
                AuditEvent.class).setParameter("person", personId).getResultList();
    }
}
