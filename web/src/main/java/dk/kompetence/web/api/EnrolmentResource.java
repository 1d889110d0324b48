package dk.kompetence.web.api;

import dk.kompetence.application.CompletionForm;
import dk.kompetence.application.EnrolmentRequest;
import dk.kompetence.application.EnrolmentService;
import dk.kompetence.application.TeamEnrolmentRequest;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentSearch;
import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.domain.shared.Page;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolments", description = "Tilmeldinger, venteliste, godkendelse og gennemførelse")
public class EnrolmentResource {

    /** The body of approve and reject. */
    public record DecisionBody(String comment) {
    }

    @Inject
    EnrolmentService enrolments;

    @GET
    @Operation(summary = "Search enrolments by person, session, institution and status; paged")
    public Page<EnrolmentView> search(@QueryParam("person") String person, @QueryParam("session") String session,
                                      @QueryParam("institution") String institution,
                                      @QueryParam("status") String status, @QueryParam("page") String page,
                                      @QueryParam("size") String size, @QueryParam("sort") String sort) {
        EnrolmentSearch search = new EnrolmentSearch(Rest.id("person", person), Rest.id("session", session),
                Rest.id("institution", institution), Rest.enumParam(EnrolmentStatus.class, "status", status));
        return enrolments.enrolments(search, Rest.page(page, size, sort)).map(EnrolmentView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One enrolment with its waitlist position")
    public EnrolmentView enrolment(@PathParam("id") long id) {
        return EnrolmentView.of(enrolments.enrolment(id));
    }

    @POST
    @Operation(summary = "Enrol a person: confirmed, waitlisted, or requested when a leader must approve")
    public Response enrol(EnrolmentRequest request, @Context UriInfo uri) {
        Enrolment enrolment = enrolments.enrol(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(enrolment.getId())).build())
                .entity(EnrolmentView.of(enrolment)).build();
    }

    @POST
    @Path("team")
    @Operation(summary = "Enrol a team at once: ALL_OR_NOTHING or SPLIT into confirmed and waitlisted")
    public Response enrolTeam(TeamEnrolmentRequest request) {
        List<EnrolmentView> enrolled = enrolments.enrolTeam(request).stream().map(EnrolmentView::of).toList();
        return Response.status(Response.Status.CREATED).entity(enrolled).build();
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "A leader approves a request: the person gets a seat or a waitlist place")
    public EnrolmentView approve(@PathParam("id") long id, DecisionBody body) {
        return EnrolmentView.of(enrolments.approve(id, body == null ? null : body.comment()));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "A leader rejects a request with a comment")
    public EnrolmentView reject(@PathParam("id") long id, DecisionBody body) {
        return EnrolmentView.of(enrolments.reject(id, body == null ? null : body.comment()));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel an enrolment; a freed seat goes to the first on the waitlist")
    public EnrolmentView cancel(@PathParam("id") long id) {
        return EnrolmentView.of(enrolments.cancel(id));
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Record a completion with date and hours")
    public EnrolmentView complete(@PathParam("id") long id, CompletionForm form) {
        return EnrolmentView.of(enrolments.complete(id, form));
    }

    @POST
    @Path("{id}/no-show")
    @Operation(summary = "Record that a confirmed participant did not show up")
    public EnrolmentView noShow(@PathParam("id") long id) {
        return EnrolmentView.of(enrolments.markNoShow(id));
    }
}
