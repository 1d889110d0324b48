package dk.kompetence.web.api;

import dk.kompetence.application.CoverageExports;
import dk.kompetence.application.CoverageExports.Status;
import dk.kompetence.web.api.problem.InvalidParameterException;
import dk.kompetence.web.export.CoverageWorkbook;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The whole municipality's coverage as a file made in the background (HR): start it, follow its
 * progress, fetch the file when it is done. Only the HR user who started an export sees it.
 */
@Path("v1/coverage/exports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coverage", description = "Dækning af målsætninger pr. enhed, område og kommune på en skæringsdato")
public class CoverageExportResource {

    /** An export's state; {@code file} links to the download once it is DONE. */
    public record ExportView(String id, String state, int percent, LocalDate referenceDate, LocalDateTime startedAt,
                             LocalDateTime finishedAt, String failure, URI file) {
    }

    @Inject
    CoverageExports exports;

    @Inject
    Clock clock;

    @POST
    @Operation(summary = "Start an export of every area and the municipality's totals (HR); "
            + "202 with the Location of its status")
    public Response start(@QueryParam("format") String format, @QueryParam("date") String date,
                          @Context UriInfo uri) {
        if (format != null && !format.isBlank() && !format.strip().equalsIgnoreCase("xlsx")) {
            throw new InvalidParameterException("format", "ukendt format '" + format + "'; muligt format: xlsx");
        }
        Status status = exports.start(Rest.date("date", date),
                day -> new CoverageWorkbook(day, LocalDateTime.now(clock)));
        return Response.accepted(view(status, uri)).location(statusUri(status.id(), uri)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The export's state and progress in percent; links to the file when done")
    public Response status(@PathParam("id") String id, @Context UriInfo uri) {
        Status status = exports.status(id);
        Response.ResponseBuilder response = Response.ok(view(status, uri));
        if (status.state() == CoverageExports.State.QUEUED || status.state() == CoverageExports.State.RUNNING) {
            response.header("Retry-After", "1");
        }
        return response.build();
    }

    @GET
    @Path("{id}/file")
    @Produces(CoverageWorkbook.CONTENT_TYPE)
    @Operation(summary = "The finished workbook (409 while the export still runs)")
    public Response file(@PathParam("id") String id) {
        return Response.ok(exports.file(id).toFile(), CoverageWorkbook.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"daekning-kommunen.xlsx\"").build();
    }

    private static ExportView view(Status s, UriInfo uri) {
        return new ExportView(s.id(), s.state().name(), s.percent(), s.referenceDate(), s.startedAt(), s.finishedAt(),
                s.failure(), s.state() == CoverageExports.State.DONE
                        ? uri.getBaseUriBuilder().path(CoverageExportResource.class).path(s.id()).path("file").build()
                        : null);
    }

    private static URI statusUri(String id, UriInfo uri) {
        return uri.getBaseUriBuilder().path(CoverageExportResource.class).path(id).build();
    }
}
