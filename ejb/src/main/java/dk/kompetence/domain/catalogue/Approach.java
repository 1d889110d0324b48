package dk.kompetence.domain.catalogue;

/** Pedagogical approach or method (tilgang/metode) a module teaches; modules carry one or more. */
public enum Approach {
    HILLEROED_PROGRAMME,
    CO_TEACHING,
    NEST,
    NEUROAFFECTIVE,
    SOLUTION_FOCUSED,
    PEDAGOGICAL_ANALYSIS,
    SYKL,
    INCLUSION_COUNSELLOR,
    MARTE_MEO,
    HANEN,
    KIT,
    FAIR_PROCESS,
    RELATIONAL_COMPETENCE,
    CLASSROOM_MANAGEMENT,
    PARENT_COLLABORATION,
    OTHER
}
