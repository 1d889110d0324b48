package dk.kompetence.application;

import jakarta.ejb.ApplicationException;

/** The caller named something (by id) that does not exist. */
@ApplicationException(rollback = true)
public class UnknownEntityException extends RuntimeException {

    public UnknownEntityException(String kind, Object id) {
        super(kind + " " + id + " findes ikke");
    }

    public static java.util.function.Supplier<UnknownEntityException> unknown(String kind, Object id) {
        return () -> new UnknownEntityException(kind, id);
    }
}
