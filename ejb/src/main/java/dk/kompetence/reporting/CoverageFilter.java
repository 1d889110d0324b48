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

    public static CoverageFilter everything() {
        return new CoverageFilter(null, null, null, null, null);
    }

    public static CoverageFilter institution(long institutionId) {
        return new CoverageFilter(null, null, institutionId, null, null);
    }

    public CoverageFilter withTarget(long id) {
        return new CoverageFilter(areaId, institutionType, institutionId, id, jobRole);
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

    /**
     * Keeps only the members of the chosen institutions, so a report on one institution reads
     * the completions and enrolments of its own people rather than the whole municipality's.
     */
    String memberRestriction(String institutionColumn) {
        return narrowsInstitutions()
                ? " AND " + institutionColumn + " IN (SELECT i.id FROM institution i WHERE 1 = 1"
                        + institutionConditions() + ")"
                : "";
    }

    /** As {@link #memberRestriction}, for a column holding a person id. */
    String personRestriction(String personColumn) {
        return narrowsInstitutions()
                ? " AND " + personColumn + " IN (SELECT ms.person_id FROM membership ms"
                        + " JOIN institution i ON i.id = ms.institution_id WHERE 1 = 1" + institutionConditions() + ")"
                : "";
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
