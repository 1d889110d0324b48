package dk.kompetence.web.api.problem;

import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A broken business rule: 409 when it depends on the current state, 422 otherwise, 412 for a stale version. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolationException> {

    private static final int UNPROCESSABLE = 422;

    @Override
    public Response toResponse(RuleViolationException exception) {
        Rule rule = exception.rule();
        int status = rule == Rule.STALE_VERSION ? Response.Status.PRECONDITION_FAILED.getStatusCode()
                : rule.isConflict() ? Response.Status.CONFLICT.getStatusCode() : UNPROCESSABLE;
        return Problem.response(new Problem("urn:kompetence:rule:" + rule.name().toLowerCase().replace('_', '-'),
                "Reglen " + rule.name() + " blev brudt", status, exception.getMessage(), List.of()));
    }
}
