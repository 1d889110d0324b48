package dk.kompetence.application;

/** What the educator records for one participant: gennemført, udeblevet, or not decided yet. */
public enum Attendance {
    UNDECIDED,
    COMPLETED,
    NO_SHOW
}
