package dk.kompetence.web.api;

import dk.kompetence.application.ManagementInformation;
import dk.kompetence.application.ManagementInformation.Level;
import dk.kompetence.application.ManagementInformationService;
import dk.kompetence.web.export.ManagementInformationPdf;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Ledelsesinformation per strategy track for the municipality, an area or an institution in a
 * year (default this year): HR any level; a leader an institution they lead (the default for a
 * leader: the first). As JSON and as a one-page PDF of the same figures.
 */
@Path("v1/management-information")
@Tag(name = "Coverage", description = "Dækning af målsætninger pr. enhed, område og kommune på en skæringsdato")
public class ManagementInformationResource {

    @Inject
    ManagementInformationService management;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Coverage against target and forecast, hours per FTE, spend against budget and the trend per "
            + "strategy track (level=MUNICIPALITY|AREA|INSTITUTION, area=, institution=, year=; HR: any; leader: own "
            + "institution)")
    public ManagementInformation report(@QueryParam("level") String level, @QueryParam("area") String area,
                                        @QueryParam("institution") String institution, @QueryParam("year") String year) {
        return read(level, area, institution, year);
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The same figures on one A4 page (same parameters and roles)")
    public Response pdf(@QueryParam("level") String level, @QueryParam("area") String area,
                        @QueryParam("institution") String institution, @QueryParam("year") String year) {
        ManagementInformation info = read(level, area, institution, year);
        byte[] pdf = ManagementInformationPdf.render(info, LocalDateTime.now(clock));
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                "inline; filename=\"ledelsesinformation-" + info.year() + ".pdf\"").build();
    }

    private ManagementInformation read(String level, String area, String institution, String year) {
        return management.report(management.scope(Rest.enumParam(Level.class, "level", level), Rest.id("area", area),
                Rest.id("institution", institution)), Rest.year(year, clock));
    }
}
