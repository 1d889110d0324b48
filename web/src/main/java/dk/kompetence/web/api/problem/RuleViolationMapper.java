package dk.kompetence.web.api.problem;

import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import dk.kompetence.web.export.DanishLabels;
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
        return Problem.response(problem(exception));
    }

    static Problem problem(RuleViolationException exception) {
        Rule rule = exception.rule();
        int status = rule == Rule.STALE_VERSION ? Response.Status.PRECONDITION_FAILED.getStatusCode()
                : rule.isConflict() ? Response.Status.CONFLICT.getStatusCode() : UNPROCESSABLE;
        return new Problem(type(rule), DanishLabels.rule(rule), status, exception.getMessage(), List.of());
    }

    /** The problem type names the rule in a form clients can rely on: urn:kompetence:rule:already-enrolled. */
    static String type(Rule rule) {
        return "urn:kompetence:rule:" + rule.name().toLowerCase().replace('_', '-');
    }
}
