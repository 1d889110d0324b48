package dk.kompetence.domain.payroll;

import dk.kompetence.domain.person.JobRole;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A checked employment. {@code changeDate} is the day the row's changes take effect (Opus's
 * lastChanged, the CSV's "Gyldig fra"); without one they take effect on the day of the import.
 */
public record PayrollEmployee(SourcePosition position, String payrollId, String firstName, String lastName,
                              String email, JobRole role, String unitKey, BigDecimal fte, LocalDate hireDate,
                              LocalDate leaveDate, LocalDate changeDate) {
}
