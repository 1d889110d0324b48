package dk.kompetence.domain.shared;

import jakarta.ejb.ApplicationException;

/** A business rule refused the request; the rule is named so callers can react to it. */
@ApplicationException(rollback = true)
public class RuleViolationException extends RuntimeException {

    private final Rule rule;

    public RuleViolationException(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
