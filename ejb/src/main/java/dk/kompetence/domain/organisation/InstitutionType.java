package dk.kompetence.domain.organisation;

/** Dagtilbud, skole, SFO/fritidshjem, klub/ungdomsskole, specialtilbud, PPR, Familier og Sundhed, forening. */
public enum InstitutionType {
    DAYCARE,
    SCHOOL,
    AFTER_SCHOOL,
    YOUTH_CLUB,
    SPECIAL_PROVISION,
    PPR,
    FAMILY_AND_HEALTH,
    ASSOCIATION,
    ADMINISTRATION
}
