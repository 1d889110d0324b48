package dk.kompetence.domain.catalogue;

import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.person.PersonKind;

/** Who a module is meant for: the job roles, and volunteers, who have none. */
public enum AudienceRole {
    TEACHER,
    PEDAGOGUE,
    PEDAGOGICAL_ASSISTANT,
    UNTRAINED_ASSISTANT,
    SUBSTITUTE,
    LEADER,
    PSYCHOLOGIST,
    SPEECH_THERAPIST,
    HEALTH_VISITOR,
    SOCIAL_WORKER,
    SSP_WORKER,
    RESOURCE_PERSON,
    VOLUNTEER;

    public static AudienceRole of(PersonKind kind, JobRole role) {
        return kind == PersonKind.VOLUNTEER ? VOLUNTEER : valueOf(role.name());
    }
}
