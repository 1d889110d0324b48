package dk.kompetence.application;

import jakarta.ejb.ApplicationException;

/** The caller's role allows the operation, but not on this row (another institution, provider or person). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException() {
        super("Du har ikke adgang til disse oplysninger");
    }
}
