package dk.kompetence.domain.completion;

/** Learning outside courses: supervision, learning communities, network meetings. */
public enum ActivityKind {
    SUPERVISION,
    LEARNING_COMMUNITY,
    NETWORK_MEETING,
    OTHER
}
