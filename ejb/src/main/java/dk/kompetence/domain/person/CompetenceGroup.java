package dk.kompetence.domain.person;

import dk.kompetence.domain.organisation.InstitutionType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The four competence groups of the strategies: all staff, the internal support system, the
 * external support system (PPR, health, family, SSP) and leisure staff and volunteers.
 */
public enum CompetenceGroup {
    ALL_STAFF,
    INTERNAL_SUPPORT,
    EXTERNAL_SUPPORT,
    LEISURE;

    private static final Set<JobRole> EXTERNAL_ROLES = EnumSet.of(JobRole.PSYCHOLOGIST, JobRole.SPEECH_THERAPIST,
            JobRole.HEALTH_VISITOR, JobRole.SOCIAL_WORKER, JobRole.SSP_WORKER);
    private static final Set<InstitutionType> EXTERNAL_PLACES = EnumSet.of(InstitutionType.PPR,
            InstitutionType.FAMILY_AND_HEALTH);
    private static final Set<InstitutionType> LEISURE_PLACES = EnumSet.of(InstitutionType.YOUTH_CLUB,
            InstitutionType.AFTER_SCHOOL, InstitutionType.ASSOCIATION);

    public static Set<CompetenceGroup> of(PersonKind kind, JobRole role, InstitutionType place) {
        if (kind == PersonKind.VOLUNTEER) {
            return EnumSet.of(LEISURE);
        }
        Set<CompetenceGroup> groups = EnumSet.of(ALL_STAFF);
        if (EXTERNAL_ROLES.contains(role) || EXTERNAL_PLACES.contains(place)) {
            groups.add(EXTERNAL_SUPPORT);
        }
        if (role == JobRole.RESOURCE_PERSON || place == InstitutionType.SPECIAL_PROVISION) {
            groups.add(INTERNAL_SUPPORT);
        }
        if (LEISURE_PLACES.contains(place)) {
            groups.add(LEISURE);
        }
        return groups;
    }
}
