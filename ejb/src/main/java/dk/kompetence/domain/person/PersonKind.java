package dk.kompetence.domain.person;

public enum PersonKind {
    EMPLOYEE,
    VOLUNTEER
}
