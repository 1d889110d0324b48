package dk.kompetence.web.api;

import dk.kompetence.application.BudgetService;
import dk.kompetence.application.EnrolmentService;
import dk.kompetence.application.MeetingForm;
import dk.kompetence.application.SessionChanges;
import dk.kompetence.application.SessionFunding;
import dk.kompetence.application.SessionPlan;
import dk.kompetence.application.SessionService;
import dk.kompetence.domain.budget.Payer;
import dk.kompetence.domain.session.CourseSession;
import dk.kompetence.domain.session.EnrolmentSearch;
import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.domain.session.SessionSearch;
import dk.kompetence.domain.session.SessionStatus;
import dk.kompetence.domain.shared.Page;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Hold med mødegange, pladser og frister")
public class SessionResource {

    @Inject
    BudgetService budgets;

    @Inject
    SessionService sessions;

    @Inject
    EnrolmentService enrolments;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Search sessions by module, provider, status, first day and free seats; paged and sorted")
    public Page<SessionView> search(@QueryParam("module") String module, @QueryParam("provider") String provider,
                                    @QueryParam("status") String status, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("freeSeats") String freeSeats,
                                    @QueryParam("page") String page, @QueryParam("size") String size,
                                    @QueryParam("sort") String sort) {
        SessionSearch search = new SessionSearch(Rest.id("module", module), Rest.id("provider", provider),
                Rest.enumParam(SessionStatus.class, "status", status), Rest.date("from", from), Rest.date("to", to),
                Rest.flag("freeSeats", freeSeats));
        LocalDate today = LocalDate.now(clock);
        return sessions.search(search, Rest.page(page, size, sort)).map(s -> SessionView.of(s, today));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One session, with its version as ETag")
    public Response session(@PathParam("id") long id) {
        CourseSession session = sessions.session(id);
        return Rest.withVersion(SessionView.of(session, LocalDate.now(clock)), session.getVersion());
    }

    @POST
    @Operation(summary = "Plan a session of a module with its meetings")
    public Response plan(SessionPlan plan, @Context UriInfo uri) {
        CourseSession session = sessions.plan(plan);
        return Rest.created(uri, session.getId(), SessionView.of(session, LocalDate.now(clock)), session.getVersion());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change capacity, deadlines and educators; more seats promote from the waitlist")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, SessionChanges changes) {
        CourseSession session = sessions.update(id, Rest.expectedVersion(ifMatch), changes);
        return Rest.withVersion(SessionView.of(session, LocalDate.now(clock)), session.getVersion());
    }

    @PUT
    @Path("{id}/meetings/{meetingId}")
    @Operation(summary = "Move a meeting or change its place; participants get an updated calendar invitation")
    public Response changeMeeting(@PathParam("id") long id, @PathParam("meetingId") long meetingId,
                                  @HeaderParam("If-Match") String ifMatch, MeetingForm meeting) {
        CourseSession session = sessions.changeMeeting(id, meetingId, Rest.expectedVersion(ifMatch), meeting);
        return Rest.withVersion(SessionView.of(session, LocalDate.now(clock)), session.getVersion());
    }

    /** Who pays for a session and its fixed cost, as it is now. */
    public record FundingView(long sessionId, Payer payer, String fund, BigDecimal fixedCost) {
        static FundingView of(CourseSession session) {
            return new FundingView(session.getId(), session.getPayer(), session.getPayerFund(), session.getFixedCost());
        }
    }

    @PUT
    @Path("{id}/funding")
    @Operation(summary = "Who pays for a session (payer; fund when EXTERNAL_FUND) and its fixed cost (HR); If-Match "
            + "with the session's ETag is required")
    public Response fundSession(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                SessionFunding funding) {
        CourseSession session = budgets.fundSession(id, Rest.expectedVersion(ifMatch), funding);
        return Rest.withVersion(FundingView.of(session), session.getVersion());
    }

    @POST
    @Path("{id}/open")
    @Operation(summary = "Open a planned session for enrolment")
    public SessionView open(@PathParam("id") long id) {
        return SessionView.of(sessions.open(id), LocalDate.now(clock));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a session: participants keep their history and are notified")
    public SessionView cancel(@PathParam("id") long id) {
        return SessionView.of(sessions.cancel(id), LocalDate.now(clock));
    }

    @GET
    @Path("{id}/enrolments")
    @Operation(summary = "The session's enrolments, optionally by status")
    public Page<EnrolmentView> enrolments(@PathParam("id") long id, @QueryParam("status") String status,
                                          @QueryParam("page") String page, @QueryParam("size") String size,
                                          @QueryParam("sort") String sort) {
        sessions.session(id);
        EnrolmentSearch search = new EnrolmentSearch(null, id, null,
                Rest.enumParam(EnrolmentStatus.class, "status", status));
        return enrolments.enrolments(search, Rest.page(page, size, sort)).map(EnrolmentView::of);
    }
}
