package dk.kompetence.reporting;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Hours of competence development per full-time equivalent (årsværk) at one institution in one
 * year. {@code hoursPerFte} is null when the institution had no employee working time.
 */
public record HoursPerFte(long institutionId, String institutionName, BigDecimal hours, BigDecimal fte,
                          BigDecimal hoursPerFte) {

    /** The same for several institutions together (an area, the municipality); null ratio without working time. */
    public record Total(BigDecimal hours, BigDecimal fte, BigDecimal hoursPerFte) implements Serializable {
    }
}
