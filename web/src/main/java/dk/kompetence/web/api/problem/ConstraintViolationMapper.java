package dk.kompetence.web.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldMessage> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldMessage(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldMessage::field))
                .toList();
        return Problem.response(new Problem("urn:kompetence:problem:invalid-input", "Ugyldige oplysninger",
                Response.Status.BAD_REQUEST.getStatusCode(), "Ret de markerede felter og prøv igen.", errors));
    }

    /** The property path without the method and parameter names of the service call. */
    private static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(n -> n.getKind() != jakarta.validation.ElementKind.METHOD
                        && n.getKind() != jakarta.validation.ElementKind.PARAMETER)
                .toList();
        return nodes.isEmpty() ? "body" : String.join(".", nodes.stream().map(Path.Node::toString).toList());
    }
}
