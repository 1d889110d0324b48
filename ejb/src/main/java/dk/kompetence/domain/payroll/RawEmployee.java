package dk.kompetence.domain.payroll;

/**
 * An employment as the payroll file states it, unchecked. There is deliberately no field for a
 * CPR number: the readers skip it in the file and it never reaches an object of ours.
 * {@code workingTime} is Opus's "numerator/denominator" or a CSV percentage ("37,5");
 * {@code unit} is set when a CSV row names a unit for the first time.
 */
public record RawEmployee(SourcePosition position, String id, String firstName, String lastName, String email,
                          String positionCode, String positionTitle, String unitKey, String manager,
                          String workingTime, String entryDate, String leaveDate, String changeDate, boolean leaving,
                          RawUnit unit) {
}
