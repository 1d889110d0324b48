package dk.kompetence.web.api;

import dk.kompetence.application.AuditTrail;
import dk.kompetence.domain.audit.AuditEvent;
import dk.kompetence.domain.audit.AuditSearch;
import dk.kompetence.domain.shared.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/audit")
@Tag(name = "Audit", description = "Revisionsspor: hvem ændrede hvad og hvornår (kun HR)")
public class AuditResource {

    public record AuditView(long id, LocalDateTime occurredAt, String actor, String action, String entityType,
                            Long entityId, Long personId, String summary) implements Serializable {

        public static AuditView of(AuditEvent a) {
            return new AuditView(a.getId(), a.getOccurredAt(), a.getActor(), a.getAction(), a.getEntityType(),
                    a.getEntityId(), a.getPersonId(), a.getSummary());
        }
    }

    @Inject
    AuditTrail audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the audit trail by actor, action, entity, person and period; newest first by default")
    public Page<AuditView> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                  @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                                  @QueryParam("person") String person, @QueryParam("from") String from,
                                  @QueryParam("to") String to, @QueryParam("page") String page,
                                  @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return audit.search(criteria(actor, action, entityType, entityId, person, from, to),
                Rest.page(page, size, sort == null ? "occurredAt,desc" : sort)).map(AuditView::of);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The filtered audit trail as CSV for Danish Excel (at most 100,000 rows)")
    public Response export(@QueryParam("actor") String actor, @QueryParam("action") String action,
                           @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                           @QueryParam("person") String person, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        List<AuditEvent> rows = audit.export(criteria(actor, action, entityType, entityId, person, from, to));
        return DanishCsv.download("revisionsspor.csv",
                List.of("Tidspunkt", "Bruger", "Handling", "Type", "Id", "Person", "Beskrivelse"), rows,
                a -> Arrays.asList(a.getOccurredAt(), a.getActor(), a.getAction(), a.getEntityType(), a.getEntityId(),
                        a.getPersonId(), a.getSummary()));
    }

    private static AuditSearch criteria(String actor, String action, String entityType, String entityId, String person,
                                        String from, String to) {
        return new AuditSearch(actor, action, entityType, Rest.id("entityId", entityId), Rest.id("person", person),
                Rest.date("from", from), Rest.date("to", to));
    }
}
