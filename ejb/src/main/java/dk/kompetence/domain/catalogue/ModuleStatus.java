package dk.kompetence.domain.catalogue;

public enum ModuleStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    RETIRED
}
