package dk.kompetence.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Narrows a coverage report; every part is optional. {@code jobRole} is a job role, or
 * VOLUNTEER for volunteers (who have none).
 */
public record CoverageFilter(Long areaId, String institutionType, Long institutionId, Long targetId, String jobRole) {

    /** The audience of volunteers, who have no job role. */
    public static final String VOLUNTEER = "VOLUNTEER";

    public static CoverageFilter everything() {
        return new CoverageFilter(null, null, null, null, null);
    }

    public static CoverageFilter institution(long institutionId) {
        return new CoverageFilter(null, null, institutionId, null, null);
    }

    public CoverageFilter withTarget(long id) {
        return new CoverageFilter(areaId, institutionType, institutionId, id, jobRole);
    }

    public CoverageFilter withoutJobRole() {
        return new CoverageFilter(areaId, institutionType, institutionId, targetId, null);
    }

    /** Whether a row for this job role (null: volunteers) passes the job-role part. */
    boolean admits(String rowJobRole) {
        return jobRole == null || jobRole.equals(rowJobRole == null ? VOLUNTEER : rowJobRole);
    }

    boolean narrowsInstitutions() {
        return areaId != null || institutionType != null || institutionId != null;
    }

    /** Conditions on institution i, for every part that is set. */
    String institutionConditions() {
        List<String> conditions = new ArrayList<>();
        if (areaId != null) {
            conditions.add("i.area_id = :areaId");
        }
        if (institutionType != null) {
            conditions.add("i.type = :institutionType");
        }
        if (institutionId != null) {
            conditions.add("i.id = :institutionId");
        }
        return and(conditions);
    }

    /** Condition on target t, when set. */
    String targetCondition() {
        return targetId == null ? "" : and(List.of("t.id = :targetId"));
    }

    /** Condition on the audience au of a target (a job role or VOLUNTEER), when set. */
    String audienceCondition() {
        return jobRole == null ? "" : and(List.of("au.audience = :jobRole"));
    }

    /** Conditions on a summary row s, for every part that is set. */
    String summaryConditions() {
        List<String> conditions = new ArrayList<>();
        if (areaId != null) {
            conditions.add("s.area_id = :areaId");
        }
        if (institutionType != null) {
            conditions.add("s.institution_type = :institutionType");
        }
        if (institutionId != null) {
            conditions.add("s.institution_id = :institutionId");
        }
        if (targetId != null) {
            conditions.add("s.target_id = :targetId");
        }
        if (jobRole != null) {
            conditions.add("s.audience = :jobRole");
        }
        return and(conditions);
    }

    Map<String, Object> parameters() {
        Map<String, Object> values = new HashMap<>();
        values.put("areaId", areaId);
        values.put("institutionType", institutionType);
        values.put("institutionId", institutionId);
        values.put("targetId", targetId);
        values.put("jobRole", jobRole);
        return values;
    }

    private static String and(List<String> conditions) {
        return conditions.stream().map(condition -> " AND " + condition).reduce("", String::concat);
    }
}
