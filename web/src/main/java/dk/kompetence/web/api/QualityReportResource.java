package dk.kompetence.web.api;

import dk.kompetence.application.QualityReportService;
import dk.kompetence.domain.coverage.QualityReportSnapshot;
import dk.kompetence.domain.coverage.SnapshotLine;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/quality-reports/{institution}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality reports", description = "Kvalitetsrapportens afsnit om kompetenceudvikling: fastfrosne tal og lederens tekst")
public class QualityReportResource {

    public record LineView(long targetId, String target, Integer requiredPercent, Integer minimumCount,
                           LocalDate deadline, String jobRole, int inScope, int covered, int booked, int overdue) {

        static LineView of(SnapshotLine l) {
            return new LineView(l.getTargetId(), l.getTargetName(), l.getRequiredPercent(), l.getMinimumCount(),
                    l.getDeadline(), l.getJobRole(), l.getInScope(), l.getCovered(), l.getBooked(), l.getOverdue());
        }
    }

    public record SnapshotView(long institutionId, String institution, String area, int year, LocalDate referenceDate,
                               LocalDateTime frozenAt, String frozenBy, String narrative, String narrativeBy,
                               List<LineView> lines, List<LineView> previousYear) {

        static SnapshotView of(QualityReportSnapshot s, QualityReportSnapshot previous) {
            return new SnapshotView(s.getInstitutionId(), s.getInstitutionName(), s.getAreaName(), s.getYear(),
                    s.getReferenceDate(), s.getFrozenAt(), s.getFrozenBy(), s.getNarrative(), s.getNarrativeBy(),
                    s.getLines().stream().map(LineView::of).toList(),
                    previous == null ? List.of() : previous.getLines().stream().map(LineView::of).toList());
        }
    }

    public record NarrativeBody(String narrative) {
    }

    @Inject
    QualityReportService reports;

    @GET
    @Operation(summary = "The frozen report with the previous year's lines to compare (leader of the institution, HR)")
    public SnapshotView report(@PathParam("institution") long institution, @PathParam("year") int year) {
        return SnapshotView.of(reports.snapshot(institution, year), reports.previous(institution, year).orElse(null));
    }

    @POST
    @Operation(summary = "Freeze the year's coverage for the institution (HR); it never changes afterwards")
    public Response freeze(@PathParam("institution") long institution, @PathParam("year") int year) {
        return Response.status(Response.Status.CREATED).entity(SnapshotView.of(reports.freeze(institution, year),
                reports.previous(institution, year).orElse(null))).build();
    }

    @PUT
    @Path("narrative")
    @Operation(summary = "The leader's text: what the competence development has meant for pedagogical practice")
    public SnapshotView describe(@PathParam("institution") long institution, @PathParam("year") int year,
                                 NarrativeBody body) {
        return SnapshotView.of(reports.describe(institution, year, body == null ? null : body.narrative()),
                reports.previous(institution, year).orElse(null));
    }
}
