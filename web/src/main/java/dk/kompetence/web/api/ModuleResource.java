package dk.kompetence.web.api;

import dk.kompetence.application.CatalogueService;
import dk.kompetence.application.ModuleDraft;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;

@Path("v1/modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModuleResource {

    @Inject
    CatalogueService catalogue;

    @GET
    public List<ModuleView> published() {
        return catalogue.publishedModules().stream().map(ModuleView::of).toList();
    }

    @GET
    @Path("{id}")
    public ModuleView module(@PathParam("id") long id) {
        return ModuleView.of(catalogue.module(id));
    }

    @POST
    public Response createDraft(ModuleDraft draft, @Context UriInfo uri) {
        ModuleView created = ModuleView.of(catalogue.createDraft(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
