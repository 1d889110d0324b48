package dk.kompetence.web.api;

import dk.kompetence.application.CalendarService;
import dk.kompetence.application.CurrentUser;
import dk.kompetence.web.ui.mine.CalendarFeedServlet;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "Den indloggede bruger")
public class MeResource {

    public record MeView(String username, List<String> roles, Long personId, Long providerId) {
    }

    /** The secret address of the caller's calendar feed, to paste into a calendar program. */
    public record CalendarFeedView(String url) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    CalendarService calendars;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Who the caller is: user name, roles, and the person or provider they act for")
    public MeView me() {
        List<String> roles = Stream.of(CurrentUser.EMPLOYEE, CurrentUser.VOLUNTEER, CurrentUser.LEADER, CurrentUser.HR,
                CurrentUser.EDUCATOR).filter(currentUser::is).toList();
        return new MeView(currentUser.name(), roles, currentUser.personId(), currentUser.providerId());
    }

    @GET
    @Path("calendar-feed")
    @Operation(summary = "The private address of the caller's calendar feed (employees and volunteers)")
    public CalendarFeedView calendarFeed() {
        return feedView(calendars.feedToken());
    }

    @POST
    @Path("calendar-feed/renew")
    @Operation(summary = "A new private calendar address; the old one answers 404 from now on")
    public CalendarFeedView renewCalendarFeed() {
        return feedView(calendars.renewFeedToken());
    }

    private CalendarFeedView feedView(String token) {
        // The API lives under <context>/api/: the feed is <context>/calendar/….
        return new CalendarFeedView(uri.getBaseUri().resolve(".." + CalendarFeedServlet.path(token)).toString());
    }
}
