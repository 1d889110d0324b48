package dk.kompetence.web.api;

import dk.kompetence.application.CatalogueService;
import dk.kompetence.application.ModuleForm;
import dk.kompetence.application.ProgrammeForm;
import dk.kompetence.domain.catalogue.Approach;
import dk.kompetence.domain.catalogue.AudienceRole;
import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.DeliveryFormat;
import dk.kompetence.domain.catalogue.ModuleSearch;
import dk.kompetence.domain.catalogue.ModuleStatus;
import dk.kompetence.domain.catalogue.Programme;
import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.web.api.CatalogueViews.ProgrammeView;
import dk.kompetence.web.api.CatalogueViews.ProviderView;
import dk.kompetence.web.api.CatalogueViews.TrackView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Kursusmoduler, uddannelser, udbydere og strategispor")
public class ModuleResource {

    @Inject
    CatalogueService catalogue;

    @GET
    @Path("modules")
    @Operation(summary = "Search the catalogue (published modules unless status is given); paged and sorted "
            + "(title, code, hours, format)")
    public Page<ModuleView> search(@QueryParam("text") String text, @QueryParam("approach") String approach,
                                   @QueryParam("role") String role, @QueryParam("institutionType") String type,
                                   @QueryParam("format") String format,
                                   @QueryParam("status") @DefaultValue("PUBLISHED") String status,
                                   @QueryParam("provider") String provider, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("freeSeats") String freeSeats,
                                   @QueryParam("page") String page, @QueryParam("size") String size,
                                   @QueryParam("sort") String sort) {
        ModuleSearch search = new ModuleSearch(text, Rest.enumParam(Approach.class, "approach", approach),
                Rest.enumParam(AudienceRole.class, "role", role),
                Rest.enumParam(InstitutionType.class, "institutionType", type),
                Rest.enumParam(DeliveryFormat.class, "format", format),
                Rest.enumParam(ModuleStatus.class, "status", status), Rest.id("provider", provider),
                Rest.date("from", from), Rest.date("to", to), Rest.flag("freeSeats", freeSeats));
        return catalogue.search(search, Rest.page(page, size, sort)).map(ModuleView::of);
    }

    @GET
    @Path("modules/{id}")
    @Operation(summary = "One module, with its version as ETag")
    public Response module(@PathParam("id") long id) {
        CourseModule module = catalogue.module(id);
        return Rest.withVersion(ModuleView.of(module), module.getVersion());
    }

    @POST
    @Path("modules")
    @Operation(summary = "Create a module as a draft")
    public Response createDraft(ModuleForm form, @Context UriInfo uri) {
        CourseModule module = catalogue.createDraft(form);
        return Rest.created(uri, module.getId(), ModuleView.of(module), module.getVersion());
    }

    @PUT
    @Path("modules/{id}")
    @Operation(summary = "Update a module; If-Match with the ETag is required")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ModuleForm form) {
        CourseModule module = catalogue.update(id, Rest.expectedVersion(ifMatch), form);
        return Rest.withVersion(ModuleView.of(module), module.getVersion());
    }

    @POST
    @Path("modules/{id}/submit")
    @Operation(summary = "Submit a draft for approval")
    public ModuleView submit(@PathParam("id") long id) {
        return ModuleView.of(catalogue.submit(id));
    }

    @POST
    @Path("modules/{id}/publish")
    @Operation(summary = "Publish a module in the catalogue")
    public ModuleView publish(@PathParam("id") long id) {
        return ModuleView.of(catalogue.publish(id));
    }

    @POST
    @Path("modules/{id}/retire")
    @Operation(summary = "Retire a published module")
    public ModuleView retire(@PathParam("id") long id) {
        return ModuleView.of(catalogue.retire(id));
    }

    @GET
    @Path("programmes")
    @Operation(summary = "All programmes (uddannelser) with their modules")
    public List<ProgrammeView> programmes() {
        return catalogue.programmes().stream().map(ProgrammeView::of).toList();
    }

    @GET
    @Path("programmes/{id}")
    @Operation(summary = "One programme")
    public ProgrammeView programme(@PathParam("id") long id) {
        return ProgrammeView.of(catalogue.programme(id));
    }

    @POST
    @Path("programmes")
    @Operation(summary = "Create a programme from existing modules")
    public Response createProgramme(ProgrammeForm form, @Context UriInfo uri) {
        Programme programme = catalogue.createProgramme(form);
        return Rest.created(uri, programme.getId(), ProgrammeView.of(programme), programme.getVersion());
    }

    @GET
    @Path("providers")
    @Operation(summary = "All providers (udbydere)")
    public List<ProviderView> providers() {
        return catalogue.providers().stream().map(ProviderView::of).toList();
    }

    @GET
    @Path("tracks")
    @Operation(summary = "The strategy's tracks and focus areas")
    public List<TrackView> tracks() {
        return catalogue.tracks().stream().map(TrackView::of).toList();
    }
}
