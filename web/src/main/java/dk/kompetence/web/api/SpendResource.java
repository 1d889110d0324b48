package dk.kompetence.web.api;

import dk.kompetence.application.SpendLine;
import dk.kompetence.application.SpendService;
import dk.kompetence.application.SpendService.YearSpend;
import dk.kompetence.reporting.SpendReport.Dimension;
import dk.kompetence.web.export.DanishLabels;
import dk.kompetence.web.export.SpendPdf;
import dk.kompetence.web.export.SpendTable;
import dk.kompetence.web.export.SpendWorkbook;
import dk.kompetence.web.export.TypedWorkbook;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Spend reports (forbrug) for a year, grouped by institution, area, approach, strategy track,
 * provider or payer (parameter {@code by}, default institution): HR for the municipality, an
 * area or an institution; a leader for an institution they lead. As JSON, CSV for Danish Excel,
 * an Excel workbook and a PDF.
 */
@Path("v1/spend")
@Tag(name = "Budgets", description = "Kompetenceudviklingsbudgetter, vikartimesatser og forbrug")
public class SpendResource {

    /** A spend line with the name a Danish reader sees (label). */
    public record SpendView(String key, String label, BigDecimal budget, BigDecimal remaining, BigDecimal committed,
                            BigDecimal spent, BigDecimal fixedCosts, BigDecimal paid, int coveredPeople,
                            BigDecimal completedHours, BigDecimal costPerCoveredPerson, BigDecimal costPerHour) {

        static SpendView of(SpendLine l, Dimension by) {
            return new SpendView(l.key(), DanishLabels.spendLine(l, by), l.budget(), l.remaining(), l.committed(),
                    l.spent(), l.fixedCosts(), l.paid(), l.coveredPeople(), l.completedHours(),
                    l.costPerCoveredPerson(), l.costPerHour());
        }
    }

    @Inject
    SpendService spend;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Spend for a year (default this year) by institution, area, approach, track, provider or payer "
            + "(HR: municipality, area= or institution=; a leader: their institution)")
    public List<SpendView> report(@QueryParam("year") String year, @QueryParam("by") String by,
                                  @QueryParam("area") String area, @QueryParam("institution") String institution) {
        Dimension dimension = dimension(by);
        return spend.report(Rest.year(year, clock), dimension, Rest.id("area", area), Rest.id("institution", institution))
                .stream().map(line -> SpendView.of(line, dimension)).toList();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The spend report as CSV for Danish Excel (same parameters and roles)")
    public Response csv(@QueryParam("year") String year, @QueryParam("by") String by, @QueryParam("area") String area,
                        @QueryParam("institution") String institution) {
        Dimension dimension = dimension(by);
        List<SpendLine> lines = spend.lines(read(year, area, institution), dimension);
        return DanishCsv.download(filename(dimension, "csv"), SpendTable.header(dimension), lines,
                line -> SpendTable.spreadsheet(line, dimension));
    }

    @GET
    @Path("export.xlsx")
    @Produces(TypedWorkbook.CONTENT_TYPE)
    @Operation(summary = "The spend report as an Excel workbook with amounts as numbers (same parameters and roles)")
    public Response xlsx(@QueryParam("year") String year, @QueryParam("by") String by, @QueryParam("area") String area,
                         @QueryParam("institution") String institution) {
        Dimension dimension = dimension(by);
        YearSpend read = read(year, area, institution);
        List<SpendLine> lines = spend.lines(read, dimension);
        String scope = spend.scopeName(read);
        StreamingOutput body = out -> {
            try (SpendWorkbook workbook = new SpendWorkbook(read.year(), scope, LocalDateTime.now(clock))) {
                workbook.lines(dimension, lines);
                workbook.writeTo(out);
            }
        };
        return Response.ok(body, TypedWorkbook.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + filename(dimension, "xlsx") + "\"").build();
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The spend report as a PDF, kroner written 12.345,50 kr. (same parameters and roles)")
    public Response pdf(@QueryParam("year") String year, @QueryParam("by") String by, @QueryParam("area") String area,
                        @QueryParam("institution") String institution) {
        Dimension dimension = dimension(by);
        YearSpend read = read(year, area, institution);
        byte[] pdf = SpendPdf.render(read.year(), spend.scopeName(read), dimension, spend.lines(read, dimension),
                LocalDateTime.now(clock));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + filename(dimension, "pdf") + "\"").build();
    }

    private YearSpend read(String year, String area, String institution) {
        return spend.spend(Rest.year(year, clock), Rest.id("area", area), Rest.id("institution", institution));
    }

    private static Dimension dimension(String by) {
        Dimension dimension = Rest.enumParam(Dimension.class, "by", by);
        return dimension == null ? Dimension.INSTITUTION : dimension;
    }

    private static String filename(Dimension dimension, String extension) {
        return "forbrug-" + dimension.name().toLowerCase(Locale.ROOT) + "." + extension;
    }
}
