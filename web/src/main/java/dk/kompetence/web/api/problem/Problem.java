package dk.kompetence.web.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail, with per-field messages when the input was invalid. */
public record Problem(String type, String title, int status, String detail, List<FieldMessage> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record FieldMessage(String field, String message) {
    }

    public static Response response(Response.StatusType status, String type, String title, String detail) {
        return response(new Problem(type, title, status.getStatusCode(), detail, List.of()));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }
}
