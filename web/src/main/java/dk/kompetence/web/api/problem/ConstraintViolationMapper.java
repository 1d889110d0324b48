package dk.kompetence.web.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
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

    /**
     * The field as the client knows it: the property path inside the request body, or the
     * parameter's own name when the parameter itself is invalid (e.g. a missing comment).
     */
    private static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        List<String> inside = nodes.stream()
                .filter(n -> n.getKind() != ElementKind.METHOD && n.getKind() != ElementKind.PARAMETER)
                .map(Path.Node::toString).toList();
        if (!inside.isEmpty()) {
            return String.join(".", inside);
        }
        return nodes.stream().filter(n -> n.getKind() == ElementKind.PARAMETER).map(Path.Node::getName)
                .findFirst().orElse("body");
    }
}
