package dk.kompetence.web.api.problem;

import dk.kompetence.domain.shared.Rule;
import dk.kompetence.web.DatabaseConstraint;
import dk.kompetence.web.export.DanishLabels;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A system exception from a service. Two causes are the caller's, not ours: a database
 * constraint (a duplicate code or number, two requests racing) and a concurrent edit.
 */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

    private final UnexpectedErrorMapper unexpected = new UnexpectedErrorMapper();

    @Override
    public Response toResponse(EJBException exception) {
        if (exception instanceof EJBAccessException) {
            return Problem.response(Response.Status.FORBIDDEN, "urn:kompetence:problem:forbidden", "Ingen adgang",
                    "Din rolle giver ikke adgang til denne handling.");
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (DatabaseConstraint.violatedBy(cause)) {
                return Problem.response(new Problem("urn:kompetence:problem:constraint", "Data findes allerede",
                        Response.Status.CONFLICT.getStatusCode(),
                        "Ændringen strider mod en regel i databasen, fx en kode eller et nummer der allerede er i brug.",
                        List.of()));
            }
            if (cause instanceof OptimisticLockException) {
                return Problem.response(Response.Status.PRECONDITION_FAILED,
                        RuleViolationMapper.type(Rule.STALE_VERSION), DanishLabels.rule(Rule.STALE_VERSION),
                        "Hent data igen og gentag ændringen.");
            }
        }
        return unexpected.toResponse(exception);
    }
}
