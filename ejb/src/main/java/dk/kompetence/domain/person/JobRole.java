package dk.kompetence.domain.person;

/**
 * Stillingsbetegnelse: lærer, pædagog, pædagogisk assistent, pædagogmedhjælper/ikke-uddannet,
 * vikar, leder, psykolog, tale-hørekonsulent/logopæd, sundhedsplejerske, socialrådgiver,
 * SSP-medarbejder, ressourceperson.
 */
public enum JobRole {
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
    RESOURCE_PERSON
}
