package dk.kompetence.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class PreconditionRequiredMapper implements ExceptionMapper<PreconditionRequiredException> {

    private static final int PRECONDITION_REQUIRED = 428;

    @Override
    public Response toResponse(PreconditionRequiredException exception) {
        return Problem.response(new Problem("urn:kompetence:problem:precondition-required", "Versionen mangler",
                PRECONDITION_REQUIRED, exception.getMessage(), java.util.List.of()));
    }
}
