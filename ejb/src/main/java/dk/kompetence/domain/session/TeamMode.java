package dk.kompetence.domain.session;

/** When a team does not fit: refuse all, or confirm as many as fit and waitlist the rest. */
public enum TeamMode {
    ALL_OR_NOTHING,
    SPLIT
}
