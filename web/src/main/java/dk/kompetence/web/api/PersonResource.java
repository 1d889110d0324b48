package dk.kompetence.web.api;

import dk.kompetence.application.ActivityForm;
import dk.kompetence.application.EnrolmentService;
import dk.kompetence.application.PeopleService;
import dk.kompetence.application.PersonChanges;
import dk.kompetence.application.PersonForm;
import dk.kompetence.application.PersonalData;
import dk.kompetence.application.PersonalDataService;
import dk.kompetence.domain.completion.Completion;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.person.PersonKind;
import dk.kompetence.domain.person.PersonSearch;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Medarbejdere og frivillige")
public class PersonResource {

    @Inject
    PeopleService people;

    @Inject
    EnrolmentService enrolments;

    @Inject
    PersonalDataService personalData;

    /** GDPR access: all data held about a person, in views (no internal ids beyond the person's own rows). */
    public record PersonalDataView(java.time.LocalDateTime exportedAt, PersonView person, List<EnrolmentView> enrolments,
                                   List<CompletionView> completions, List<NotificationView> notifications,
                                   List<AuditResource.AuditView> auditTrail) {
    }

    public record NotificationView(java.time.LocalDateTime createdAt, String subject, String body,
                                   java.time.LocalDateTime sentAt) {
    }

    @GET
    @Operation(summary = "Search people by text, kind, role, institution and active date; paged and sorted")
    public Page<PersonView> search(@QueryParam("text") String text, @QueryParam("kind") String kind,
                                   @QueryParam("role") String role, @QueryParam("institution") String institution,
                                   @QueryParam("activeOn") String activeOn, @QueryParam("page") String page,
                                   @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PersonSearch search = new PersonSearch(text, Rest.enumParam(PersonKind.class, "kind", kind),
                Rest.enumParam(JobRole.class, "role", role), Rest.id("institution", institution),
                Rest.date("activeOn", activeOn));
        return people.search(search, Rest.page(page, size, sort)).map(PersonView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One person, with the version as ETag")
    public Response person(@PathParam("id") long id) {
        Person person = people.person(id);
        return Rest.withVersion(PersonView.of(person), person.getVersion());
    }

    @POST
    @Operation(summary = "Create an employee or a volunteer with a membership of an institution")
    public Response create(PersonForm form, @Context UriInfo uri) {
        Person person = people.create(form);
        return Rest.created(uri, person.getId(), PersonView.of(person), person.getVersion());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a person (an end date records a leaver); If-Match is required")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, PersonChanges changes) {
        Person person = people.update(id, Rest.expectedVersion(ifMatch), changes);
        return Rest.withVersion(PersonView.of(person), person.getVersion());
    }

    @GET
    @Path("{id}/completions")
    @Operation(summary = "The person's completed competence development, newest first")
    public List<CompletionView> history(@PathParam("id") long id) {
        return people.history(id).stream().map(CompletionView::of).toList();
    }

    @GET
    @Path("{id}/personal-data")
    @Operation(summary = "GDPR access: everything held about the person (the person themselves or HR)")
    public PersonalDataView personalData(@PathParam("id") long id) {
        return personalDataView(id);
    }

    @GET
    @Path("{id}/personal-data.pdf")
    @Produces("application/pdf")
    @Operation(summary = "GDPR access as a PDF document (the person themselves or HR)")
    public Response personalDataPdf(@PathParam("id") long id) {
        return Response.ok(PersonalDataPdf.render(personalDataView(id)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"mine-oplysninger.pdf\"").build();
    }

    private PersonalDataView personalDataView(long id) {
        PersonalData data = personalData.export(id);
        return new PersonalDataView(data.exportedAt(), PersonView.of(data.person()),
                data.enrolments().stream().map(EnrolmentView::of).toList(),
                data.completions().stream().map(CompletionView::of).toList(),
                data.notifications().stream().map(n -> new NotificationView(n.getCreatedAt(), n.getSubject(),
                        n.getBody(), n.getSentAt())).toList(),
                data.auditTrail().stream().map(AuditResource.AuditView::of).toList());
    }

    @POST
    @Path("{id}/pseudonymise")
    @Operation(summary = "GDPR erasure for a leaver (HR): name, contact and payroll number go, history stays anonymous")
    public PersonView pseudonymise(@PathParam("id") long id) {
        return PersonView.of(personalData.pseudonymise(id));
    }

    @POST
    @Path("{id}/activities")
    @Operation(summary = "Record learning outside courses (supervision, learning community, network meeting)")
    public Response recordActivity(@PathParam("id") long id, ActivityForm form) {
        Completion activity = enrolments.recordActivity(id, form);
        return Response.status(Response.Status.CREATED).entity(CompletionView.of(activity)).build();
    }
}
