package dk.kompetence.domain.shared;

/** The business rules a request can break. CONFLICT rules depend on the current state of data. */
public enum Rule {
    SESSION_NOT_OPEN(true),
    SESSION_ALREADY_STARTED(true),
    SESSION_NOT_STARTED(true),
    ENROLMENT_DEADLINE_PASSED(false),
    CANCELLATION_DEADLINE_PASSED(false),
    ALREADY_ENROLLED(true),
    OVERLAPPING_MEETINGS(true),
    PREREQUISITE_MISSING(false),
    PERSON_NOT_ACTIVE(false),
    NOT_ENOUGH_SEATS(true),
    INVALID_TRANSITION(true),
    CAPACITY_BELOW_SEATS_TAKEN(true),
    DUPLICATE(true),
    STALE_VERSION(true),
    INVALID_DATES(false),
    OVER_BUDGET(true),
    IMPORT_RUNNING(true),
    UNSUPPORTED_FILE(false);

    private final boolean conflict;

    Rule(boolean conflict) {
        this.conflict = conflict;
    }

    public boolean isConflict() {
        return conflict;
    }
}
