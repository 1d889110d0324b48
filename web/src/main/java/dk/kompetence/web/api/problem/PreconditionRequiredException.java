package dk.kompetence.web.api.problem;

/** An update without If-Match: refused so that no editor overwrites another's change blindly. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("Send headeren If-Match med den version (ETag), ændringen bygger på.");
    }
}
