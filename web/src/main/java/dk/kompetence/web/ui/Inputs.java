package dk.kompetence.web.ui;

/** What the pages do to typed text before a service sees it. */
public final class Inputs {

    private Inputs() {
    }

    /** An empty text field means no value, not a blank one for the service to refuse. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
