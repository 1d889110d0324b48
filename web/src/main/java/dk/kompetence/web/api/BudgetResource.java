package dk.kompetence.web.api;

import dk.kompetence.application.BudgetForm;
import dk.kompetence.application.BudgetService;
import dk.kompetence.application.InstitutionSpend;
import dk.kompetence.domain.budget.BudgetStatus;
import dk.kompetence.domain.budget.SubstituteRate;
import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.person.JobRole;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets", description = "Kompetenceudviklingsbudgetter, vikartimesatser og forbrug")
public class BudgetResource {

    /** The body of a substitute rate. */
    public record RateBody(BigDecimal hourlyRate) {
    }

    public record RateView(int year, JobRole jobRole, BigDecimal hourlyRate) {
        static RateView of(SubstituteRate rate) {
            return new RateView(rate.getYear(), rate.getJobRole(), rate.getHourlyRate());
        }
    }

    @Inject
    BudgetService budgets;

    @Inject
    Clock clock;

    @GET
    @Path("budgets/{institutionId}/{year}")
    @Operation(summary = "An institution's budget for a year: amount, committed, spent and remaining (HR, its leader)")
    public Response budget(@PathParam("institutionId") long institutionId, @PathParam("year") int year) {
        BudgetStatus status = budgets.status(institutionId, year);
        return Rest.withVersion(BudgetView.of(status), status.version());
    }

    @PUT
    @Path("budgets/{institutionId}/{year}")
    @Operation(summary = "Set an institution's budget for a year (HR); If-Match with the ETag when it exists")
    public Response setBudget(@PathParam("institutionId") long institutionId, @PathParam("year") int year,
                              @HeaderParam("If-Match") String ifMatch, BudgetForm form) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Rest.expectedVersion(ifMatch);
        BudgetStatus status = budgets.setBudget(institutionId, year, expected, form);
        return Rest.withVersion(BudgetView.of(status), status.version());
    }

    @GET
    @Path("budgets/spend")
    @Operation(summary = "Spend per institution for a year (default this year): budget, committed, spent, "
            + "spent per covered person and per completed hour (HR)")
    public List<InstitutionSpend> spend(@QueryParam("year") String year) {
        return budgets.spendReport(Rest.year(year, clock));
    }

    /** The body of a module's fee. */
    public record FeeBody(BigDecimal feePerParticipant) {
    }

    /** A module's fee as it is now. */
    public record FeeView(long moduleId, BigDecimal feePerParticipant) {
    }

    @PUT
    @Path("modules/{id}/fee")
    @Operation(summary = "A module's fee per participant in kroner, null for none (HR); If-Match with the module's "
            + "ETag is required")
    public Response chargeFee(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, FeeBody body) {
        CourseModule module = budgets.chargeFee(id, Rest.expectedVersion(ifMatch),
                body == null ? null : body.feePerParticipant());
        return Rest.withVersion(new FeeView(module.getId(), module.getFeePerParticipant()), module.getVersion());
    }

    @GET
    @Path("substitute-rates")
    @Operation(summary = "Substitute cover rates per job role for a year (HR)")
    public List<RateView> rates(@QueryParam("year") String year) {
        return budgets.rates(Rest.year(year, clock)).stream().map(RateView::of).toList();
    }

    @PUT
    @Path("substitute-rates/{year}/{role}")
    @Operation(summary = "Set the hourly substitute rate of a job role for a year (HR)")
    public RateView setRate(@PathParam("year") int year, @PathParam("role") String role, RateBody body) {
        return RateView.of(budgets.setRate(year, Rest.enumParam(JobRole.class, "role", role),
                body == null ? null : body.hourlyRate()));
    }
}
