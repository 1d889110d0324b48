package dk.kompetence.domain.budget;

/** Betaler: who pays for a session — the central pool, the area, the participant's institution or an external fund. */
public enum Payer {
    CENTRAL_POOL,
    AREA,
    INSTITUTION,
    EXTERNAL_FUND
}
