package dk.kompetence.web.api;

import dk.kompetence.application.InstitutionForm;
import dk.kompetence.application.OrganisationService;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionSearch;
import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.web.api.CatalogueViews.AreaView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
@Tag(name = "Organisation", description = "Områder og institutioner (enheder)")
public class InstitutionResource {

    @Inject
    OrganisationService organisation;

    @GET
    @Path("areas")
    @Operation(summary = "All areas (områder/distrikter)")
    public List<AreaView> areas() {
        return organisation.areas().stream().map(AreaView::of).toList();
    }

    @GET
    @Path("institutions")
    @Operation(summary = "Search institutions by text, type and area; paged and sorted (name, type, area)")
    public Page<InstitutionView> search(@QueryParam("text") String text, @QueryParam("type") String type,
                                        @QueryParam("area") String area, @QueryParam("page") String page,
                                        @QueryParam("size") String size, @QueryParam("sort") String sort) {
        InstitutionSearch search = new InstitutionSearch(text, Rest.enumParam(InstitutionType.class, "type", type),
                Rest.id("area", area));
        return organisation.institutions(search, Rest.page(page, size, sort)).map(InstitutionView::of);
    }

    @GET
    @Path("institutions/{id}")
    @Operation(summary = "One institution, with its version as ETag")
    public Response institution(@PathParam("id") long id) {
        Institution institution = organisation.institution(id);
        return Rest.withVersion(InstitutionView.of(institution), institution.getVersion());
    }

    @POST
    @Path("institutions")
    @Operation(summary = "Create an institution")
    public Response create(InstitutionForm form, @Context UriInfo uri) {
        Institution institution = organisation.create(form);
        return Rest.created(uri, institution.getId(), InstitutionView.of(institution), institution.getVersion());
    }

    @PUT
    @Path("institutions/{id}")
    @Operation(summary = "Update an institution; If-Match with the ETag is required")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, InstitutionForm form) {
        Institution institution = organisation.update(id, Rest.expectedVersion(ifMatch), form);
        return Rest.withVersion(InstitutionView.of(institution), institution.getVersion());
    }
}
