package dk.kompetence.domain.payroll;

/**
 * An organisation unit as the payroll file states it, unchecked: Opus's {@code orgUnit} (id,
 * parentOrgUnit, longName, pNr, costCenter) or the unit columns of a CSV row (P-nummer, Enhed, Område).
 */
public record RawUnit(SourcePosition position, String key, String parentKey, String name, String pNumber,
                      String costCentre, String areaName) {
}
