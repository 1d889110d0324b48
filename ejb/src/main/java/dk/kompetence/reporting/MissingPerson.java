package dk.kompetence.reporting;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A person in a target's scope without a valid completion: the drill-down for leaders and HR.
 * {@code deadline} is the person's own deadline (see {@link CoverageQuery}).
 */
public record MissingPerson(long personId, String firstName, String lastName, String jobRole, LocalDate deadline,
                            boolean booked, boolean overdue) implements Serializable {
}
