package dk.kompetence.infrastructure.payroll;

import dk.kompetence.domain.payroll.PayrollCheck;
import dk.kompetence.domain.shared.RuleViolationException;

/**
 * Why an import failed, in Danish for HR. The job's own artifacts record it when they fail:
 * JBeret hands a step's exception on only as a serialized copy, which cannot hold our classes.
 */
final class ImportFailures {

    static final String UNEXPECTED = "Importen fejlede uventet; intet af filen er indlæst. Se serverens log.";

    private ImportFailures() {
    }

    /** Unreadable files and broken rules by their message; anything else only by its kind. */
    static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableFileException || cause instanceof RuleViolationException) {
                return PayrollCheck.masked(cause.getMessage()) + " Intet af filen er indlæst.";
            }
        }
        return "Importen fejlede uventet (" + failure.getClass().getSimpleName()
                + "); intet af filen er indlæst. Se serverens log.";
    }
}
