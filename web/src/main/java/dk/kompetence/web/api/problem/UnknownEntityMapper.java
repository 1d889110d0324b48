package dk.kompetence.web.api.problem;

import dk.kompetence.application.UnknownEntityException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class UnknownEntityMapper implements ExceptionMapper<UnknownEntityException> {

    @Override
    public Response toResponse(UnknownEntityException exception) {
        return Problem.response(Response.Status.NOT_FOUND, "urn:kompetence:problem:not-found", "Findes ikke",
                exception.getMessage());
    }
}
