package dk.kompetence.infrastructure.payroll;

import java.io.IOException;

/**
 * The file as a whole cannot be read (not well-formed XML, no header, a required column missing):
 * the import fails and nothing of it is applied. The message is Danish, for HR.
 */
public class UnreadableFileException extends IOException {

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
