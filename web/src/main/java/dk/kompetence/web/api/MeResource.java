package dk.kompetence.web.api;

import dk.kompetence.application.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "Who the caller is: user name, roles, and the person or provider they act for")
    public MeView me() {
        List<String> roles = Stream.of(CurrentUser.EMPLOYEE, CurrentUser.VOLUNTEER, CurrentUser.LEADER, CurrentUser.HR,
                CurrentUser.EDUCATOR).filter(currentUser::is).toList();
        return new MeView(currentUser.name(), roles, currentUser.personId(), currentUser.providerId());
    }
}
