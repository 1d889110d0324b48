package dk.kompetence.domain.catalogue;

public enum ProviderKind {
    INTERNAL,
    UNIVERSITY_COLLEGE,
    FOUNDATION,
    PPR,
    OTHER
}
