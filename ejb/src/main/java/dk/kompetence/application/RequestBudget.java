package dk.kompetence.application;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Next to a request awaiting approval: what it costs and its institution's budget in the year
 * of the session, which already counts the request as committed.
 */
public record RequestBudget(BigDecimal cost, int year, BigDecimal amount, BigDecimal committed, BigDecimal remaining,
                            boolean overBudget) implements Serializable {
}
