package dk.kompetence.infrastructure.payroll;

import dk.kompetence.domain.payroll.SourcePosition;

/** A row the reader could not split into fields; it is refused, the rest of the file goes on. */
public record UnreadableRow(SourcePosition position, String reason) {
}
