package dk.kompetence.domain.payroll;

/** A checked organisation unit; a P-number makes it an institution. */
public record PayrollUnitRow(SourcePosition position, String key, String parentKey, String name, String pNumber,
                             String costCentre, String areaName) {
}
