package dk.kompetence.reporting;

/**
 * Coverage of one target for one job role (null: volunteers) over an area, or over the whole
 * municipality when areaId is null. Each person counts once, however many memberships.
 */
public record CoverageTotal(Long areaId, String areaName, long targetId, String targetName, String jobRole,
                            int inScope, int covered, int booked, int overdue) implements CoverageCounts {
}
