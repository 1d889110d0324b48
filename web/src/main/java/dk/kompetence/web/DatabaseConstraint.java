package dk.kompetence.web;

import java.sql.SQLException;

/** Tells a failure that is the database refusing the data by one of its constraints. */
public final class DatabaseConstraint {

    /** SQLSTATE class 23, integrity constraint violation: standard SQL, reported by Derby and PostgreSQL alike. */
    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

    private DatabaseConstraint() {
    }

    /**
     * Derby's driver throws SQLIntegrityConstraintViolationException, PostgreSQL's a plain
     * PSQLException: only the SQLSTATE is the same.
     */
    public static boolean violatedBy(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION);
    }
}
