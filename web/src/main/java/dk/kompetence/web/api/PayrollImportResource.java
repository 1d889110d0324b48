package dk.kompetence.web.api;

import dk.kompetence.application.PayrollImportService;
import dk.kompetence.domain.payroll.ImportFormat;
import dk.kompetence.domain.payroll.ImportRejection;
import dk.kompetence.domain.payroll.ImportRun;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.infrastructure.payroll.ImportFiles;
import dk.kompetence.web.api.problem.InvalidParameterException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.io.Serializable;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payroll imports (HR only, checked by the service): send a file as the request body (at most
 * 10 MB) or name one in the server's drop folder; follow the run; read every refused row.
 */
@Path("v1/payroll-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payroll import", description = "Indlæsning af medarbejdere og enheder fra lønsystemet (KMD Opus, CSV)")
public class PayrollImportResource {

    /** A run's state; {@code percent} is items read of the file's items, 100 while applying. */
    public record RunView(long id, ImportFormat format, String fileName, String startedBy, LocalDateTime startedAt,
                          LocalDateTime finishedAt, String status, int percent, int itemsRead, int itemsTotal,
                          int peopleCreated, int peopleChanged, int peopleLeft, int peopleUnchanged,
                          int unitsCreated, int unitsChanged, int rejected, String coverageUpdate, Long readMillis,
                          Long applyMillis, Long coverageMillis, String failure) implements Serializable {

        public static RunView of(ImportRun r) {
            return new RunView(r.getId(), r.getFormat(), r.getFileName(), r.getStartedBy(), r.getStartedAt(),
                    r.getFinishedAt(), r.getStatus().name(), r.percentRead(), r.getItemsRead(), r.getItemsTotal(),
                    r.getPeopleCreated(), r.getPeopleChanged(), r.getPeopleLeft(), r.getPeopleUnchanged(),
                    r.getUnitsCreated(), r.getUnitsChanged(), r.getRejected(),
                    r.getCoverageUpdate() == null ? null : r.getCoverageUpdate().name(), r.getReadMillis(),
                    r.getApplyMillis(), r.getCoverageMillis(), r.getFailure());
        }
    }

    public record RejectionView(int line, String element, String reference, String reason) implements Serializable {

        public static RejectionView of(ImportRejection r) {
            return new RejectionView(r.getLineNumber(), r.getElement(), r.getReference(), r.getReason());
        }
    }

    @Inject
    PayrollImportService imports;

    @GET
    @Operation(summary = "The latest imports, newest first (HR)")
    public List<RunView> runs(@QueryParam("size") String size) {
        Long max = Rest.id("size", size);
        return imports.runs(max == null ? 20 : max.intValue()).stream().map(RunView::of).toList();
    }

    @POST
    @Consumes({"application/xml", "text/xml", "text/csv", "text/plain", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import the body as a payroll file named fileName (Opus .xml or .csv; format=OPUS_XML|CSV "
            + "overrides the name); 202 with the Location of the run (HR)")
    public Response upload(@QueryParam("fileName") String fileName, @QueryParam("format") String format,
                           InputStream body, @Context UriInfo uri) {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidParameterException("fileName", "skal angives, fx ZLPE20250301_delta.xml");
        }
        return accepted(imports.upload(fileName, Rest.enumParam(ImportFormat.class, "format", format), body), uri);
    }

    @GET
    @Path("drop-folder")
    @Operation(summary = "Payroll files waiting in the server's drop folder, for files over 10 MB (HR)")
    public List<ImportFiles.DropFile> dropFolder() {
        return imports.dropFolder();
    }

    @POST
    @Path("drop-folder/{fileName}")
    @Operation(summary = "Import a file of the drop folder; 202 with the Location of the run (HR)")
    public Response importFromDropFolder(@PathParam("fileName") String fileName, @QueryParam("format") String format,
                                         @Context UriInfo uri) {
        return accepted(imports.importFromDropFolder(fileName, Rest.enumParam(ImportFormat.class, "format", format)),
                uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A run's state, progress and result (HR)")
    public Response run(@PathParam("id") String id) {
        ImportRun run = imports.run(Rest.id("id", id));
        Response.ResponseBuilder response = Response.ok(RunView.of(run));
        if (!run.getStatus().isFinished()) {
            response.header("Retry-After", "1");
        }
        return response.build();
    }

    @GET
    @Path("{id}/rejections")
    @Operation(summary = "The rows and elements the run refused, with line, element and reason (HR)")
    public Page<RejectionView> rejections(@PathParam("id") String id, @QueryParam("page") String page,
                                          @QueryParam("size") String size) {
        return imports.rejections(Rest.id("id", id), Rest.page(page, size, null)).map(RejectionView::of);
    }

    private static Response accepted(ImportRun run, UriInfo uri) {
        return Response.accepted(RunView.of(run))
                .location(uri.getBaseUriBuilder().path(PayrollImportResource.class).path(String.valueOf(run.getId()))
                        .build()).build();
    }
}
