package dk.kompetence.web.api;

import dk.kompetence.application.TargetForm;
import dk.kompetence.application.TargetService;
import dk.kompetence.domain.coverage.Target;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.person.JobRole;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Målsætninger: hvem skal have hvad, hvor mange og hvornår")
public class TargetResource {

    public record TargetView(long id, String code, String name, Long moduleId, Long programmeId,
                             Integer requiredPercent, Integer minimumCount, LocalDate deadline,
                             Integer withinMonthsOfHire, Set<InstitutionType> institutionTypes,
                             List<Long> institutionIds, Set<JobRole> jobRoles, boolean includesEmployees,
                             boolean includesVolunteers, boolean active, long version) {

        static TargetView of(Target t) {
            return new TargetView(t.getId(), t.getCode(), t.getName(),
                    t.getModule() == null ? null : t.getModule().getId(),
                    t.getProgramme() == null ? null : t.getProgramme().getId(), t.getRequiredPercent(),
                    t.getMinimumCount(), t.getDeadline(), t.getWithinMonthsOfHire(), new TreeSet<>(t.getInstitutionTypes()),
                    t.getInstitutions().stream().map(Institution::getId).sorted().toList(), new TreeSet<>(t.getJobRoles()),
                    t.isIncludesEmployees(), t.isIncludesVolunteers(), t.isActive(), t.getVersion());
        }
    }

    @Inject
    TargetService targets;

    @GET
    @Operation(summary = "All targets (leaders and HR)")
    public List<TargetView> all() {
        return targets.targets().stream().map(TargetView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One target, with its version as ETag")
    public Response target(@PathParam("id") long id) {
        Target target = targets.target(id);
        return Rest.withVersion(TargetView.of(target), target.getVersion());
    }

    @POST
    @Operation(summary = "Create a target (HR)")
    public Response create(TargetForm form, @Context UriInfo uri) {
        Target target = targets.create(form);
        return Rest.created(uri, target.getId(), TargetView.of(target), target.getVersion());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a target (HR); If-Match is required")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TargetForm form) {
        Target target = targets.update(id, Rest.expectedVersion(ifMatch), form);
        return Rest.withVersion(TargetView.of(target), target.getVersion());
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Stop measuring a target (HR); its history stays")
    public TargetView deactivate(@PathParam("id") long id) {
        return TargetView.of(targets.deactivate(id));
    }
}
