package dk.kompetence.db;

/**
 * How large a generated municipality is. {@link #COPENHAGEN} is the size the coverage reports must
 * stay fast at; enrolmentsAndCompletions counts the rows of both tables together.
 */
public record Scale(int people, int institutions, int modules, int sessions, int enrolmentsAndCompletions) {

    public static final Scale COPENHAGEN = new Scale(45_000, 1_200, 400, 20_000, 1_500_000);

    public Scale {
        if (people < 100 || institutions < 1 || modules < 1 || sessions < 1 || enrolmentsAndCompletions < 1) {
            throw new IllegalArgumentException("Too small to hold a municipality: " + this);
        }
    }

    /** The same municipality made larger or smaller, e.g. 0.01 for a quick test. */
    public Scale times(double factor) {
        return new Scale(scaled(people, factor), scaled(institutions, factor), scaled(modules, factor),
                scaled(sessions, factor), scaled(enrolmentsAndCompletions, factor));
    }

    private static int scaled(int count, double factor) {
        return Math.max(1, (int) Math.round(count * factor));
    }
}
