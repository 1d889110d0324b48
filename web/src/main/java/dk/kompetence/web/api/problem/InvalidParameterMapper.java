package dk.kompetence.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

    @Override
    public Response toResponse(InvalidParameterException exception) {
        return Problem.response(new Problem("urn:kompetence:problem:invalid-parameter", "Ugyldig parameter",
                Response.Status.BAD_REQUEST.getStatusCode(), exception.getMessage(),
                List.of(new Problem.FieldMessage(exception.parameter(), exception.getMessage()))));
    }
}
