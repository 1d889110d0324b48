package dk.kompetence.web.api.problem;

import dk.kompetence.application.AccessDeniedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Override
    public Response toResponse(AccessDeniedException exception) {
        return Problem.response(Response.Status.FORBIDDEN, "urn:kompetence:problem:forbidden", "Ingen adgang",
                exception.getMessage());
    }
}
