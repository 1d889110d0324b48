package dk.kompetence.web.api;

import dk.kompetence.application.CoverageService;
import dk.kompetence.application.QualityReportService;
import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.reporting.CoverageFilter;
import dk.kompetence.reporting.CoverageRow;
import dk.kompetence.reporting.CoverageTotal;
import dk.kompetence.reporting.CoverageForecast;
import dk.kompetence.reporting.MissingPerson;
import dk.kompetence.web.api.problem.InvalidParameterException;
import dk.kompetence.web.export.CompetenceSectionPdf;
import dk.kompetence.web.export.CoverageWorkbook;
import dk.kompetence.web.export.DanishNumbers;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/coverage")
@Tag(name = "Coverage", description = "Dækning af målsætninger pr. enhed, område og kommune på en skæringsdato")
public class CoverageResource {

    @Inject
    CoverageService coverage;

    @Inject
    QualityReportService reports;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Coverage per institution × target × role on a reference date (default today)")
    public List<CoverageRow> byInstitution(@QueryParam("date") String date, @QueryParam("area") String area,
                                           @QueryParam("institutionType") String type,
                                           @QueryParam("institution") String institution,
                                           @QueryParam("target") String target, @QueryParam("role") String role) {
        return coverage.byInstitution(Rest.date("date", date), filter(area, type, institution, target, role));
    }

    @GET
    @Path("areas")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Coverage rolled up per area (HR)")
    public List<CoverageTotal> byArea(@QueryParam("date") String date, @QueryParam("target") String target,
                                      @QueryParam("role") String role) {
        return coverage.byArea(Rest.date("date", date), filter(null, null, null, target, role));
    }

    @GET
    @Path("municipality")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Coverage for the whole municipality, each person counted once (HR)")
    public List<CoverageTotal> municipality(@QueryParam("date") String date, @QueryParam("target") String target,
                                            @QueryParam("role") String role) {
        return coverage.municipality(Rest.date("date", date), filter(null, null, null, target, role));
    }

    @GET
    @Path("forecast")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Will each target be met by its deadline at each institution, at the pace of the last year "
            + "(leader: own institution; HR: all)")
    public List<CoverageForecast> forecast(@QueryParam("area") String area, @QueryParam("institutionType") String type,
                                           @QueryParam("institution") String institution,
                                           @QueryParam("target") String target) {
        return coverage.forecast(filter(area, type, institution, target, null));
    }

    @GET
    @Path("missing")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The named people in scope who are not covered (leader of the institution, HR)")
    public List<MissingPerson> missing(@QueryParam("date") String date, @QueryParam("institution") String institution,
                                       @QueryParam("target") String target) {
        Long institutionId = Rest.id("institution", institution);
        Long targetId = Rest.id("target", target);
        if (institutionId == null || targetId == null) {
            throw new InvalidParameterException(institutionId == null ? "institution" : "target",
                    "skal udfyldes");
        }
        return coverage.missing(Rest.date("date", date), institutionId, targetId);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Coverage per institution as CSV for Danish Excel")
    public Response export(@QueryParam("date") String date, @QueryParam("area") String area,
                           @QueryParam("institutionType") String type, @QueryParam("institution") String institution,
                           @QueryParam("target") String target, @QueryParam("role") String role) {
        List<CoverageRow> rows = coverage.byInstitution(Rest.date("date", date),
                filter(area, type, institution, target, role));
        return DanishCsv.download("daekning.csv", List.of("Område", "Enhed", "Type", "Målsætning", "Stilling",
                        "I målgruppen", "Gennemført", "Tilmeldt", "Overskredet", "Dækning %", "Opfyldt"), rows,
                r -> Arrays.asList(r.areaName(), r.institutionName(), r.institutionType(), r.targetName(),
                        r.jobRole() == null ? "Frivillig" : r.jobRole(), r.inScope(), r.covered(), r.booked(),
                        r.overdue(), DanishNumbers.percent(r.percentCovered()), r.met() ? "Ja" : "Nej"));
    }

    @GET
    @Path("export.xlsx")
    @Produces(CoverageWorkbook.CONTENT_TYPE)
    @Operation(summary = "Coverage per institution as an Excel workbook with typed cells (same filters and roles as the CSV)")
    public Response exportXlsx(@QueryParam("date") String date, @QueryParam("area") String area,
                               @QueryParam("institutionType") String type,
                               @QueryParam("institution") String institution, @QueryParam("target") String target,
                               @QueryParam("role") String role) {
        LocalDate day = Rest.date("date", date);
        LocalDate referenceDate = day == null ? LocalDate.now(clock) : day;
        List<CoverageRow> rows = coverage.byInstitution(referenceDate, filter(area, type, institution, target, role));
        StreamingOutput body = out -> {
            try (CoverageWorkbook workbook = new CoverageWorkbook(referenceDate, LocalDateTime.now(clock))) {
                workbook.institutions(CoverageWorkbook.COVERAGE_SHEET, rows);
                workbook.writeTo(out);
            }
        };
        return Response.ok(body, CoverageWorkbook.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"daekning.xlsx\"").build();
    }

    @GET
    @Path("institutions/{institution}/report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The quality report's section on competence development for one institution and year "
            + "(leader of the institution, HR); frozen figures and the leader's text when the year is frozen")
    public Response institutionReport(@PathParam("institution") long institution, @QueryParam("year") String year) {
        int reportYear = year == null || year.isBlank() ? LocalDate.now(clock).getYear() : year(year);
        byte[] pdf = CompetenceSectionPdf.render(reports.section(institution, reportYear), LocalDateTime.now(clock));
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                "inline; filename=\"kompetenceudvikling-" + institution + "-" + reportYear + ".pdf\"").build();
    }

    private static int year(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("year", "skal være et årstal som 2026");
        }
    }

    private static CoverageFilter filter(String area, String type, String institution, String target, String role) {
        InstitutionType institutionType = Rest.enumParam(InstitutionType.class, "institutionType", type);
        JobRole jobRole = Rest.enumParam(JobRole.class, "role", role);
        return new CoverageFilter(Rest.id("area", area), institutionType == null ? null : institutionType.name(),
                Rest.id("institution", institution), Rest.id("target", target), jobRole == null ? null : jobRole.name());
    }
}
