package dk.kompetence.web.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** RESTEasy reports JSON it cannot bind (syntax, wrong types, unknown enum values) this way. */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problem.response(Response.Status.BAD_REQUEST, "urn:kompetence:problem:unreadable",
                "Forespørgslen kunne ikke læses",
                "Kontrollér at indholdet er gyldig JSON med de rigtige felttyper og værdier.");
    }
}
