package dk.kompetence.reporting;

/**
 * Coverage of one target at one institution for one job role (null: volunteers). {@code met}
 * is for the institution as a whole, all roles together, so it repeats on each role's row.
 */
public record CoverageRow(long institutionId, String institutionName, String institutionType, long areaId,
                          String areaName, long targetId, String targetName, String jobRole, int inScope, int covered,
                          int booked, int overdue, boolean met) implements CoverageCounts {

    CoverageRow withMet(boolean isMet) {
        return new CoverageRow(institutionId, institutionName, institutionType, areaId, areaName, targetId, targetName,
                jobRole, inScope, covered, booked, overdue, isMet);
    }
}
