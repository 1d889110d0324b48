package dk.kompetence.domain.payroll;

/** Reading stages the file's rows; applying turns them into people and institutions at once. */
public enum ImportStatus {
    QUEUED,
    READING,
    APPLYING,
    COMPLETED,
    FAILED;

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }
}
