package dk.kompetence.web.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Malformed JSON, wrong types, unknown paths and methods: the framework's errors as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String title = switch (status.getStatusCode()) {
            case 400 -> "Forespørgslen kunne ikke læses";
            case 404 -> "Findes ikke";
            case 405 -> "Metoden er ikke tilladt";
            case 406 -> "Formatet kan ikke leveres";
            case 415 -> "Formatet understøttes ikke";
            default -> status.getReasonPhrase();
        };
        return Problem.response(status, "urn:kompetence:problem:http-" + status.getStatusCode(), title, null);
    }
}
