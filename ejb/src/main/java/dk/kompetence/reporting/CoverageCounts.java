package dk.kompetence.reporting;

/** The four numbers of a coverage report line, whatever it covers. */
public interface CoverageCounts {

    int inScope();

    int covered();

    int booked();

    int overdue();

    /** Share covered in percent, or null when nobody is in scope. */
    default Double percentCovered() {
        return inScope() == 0 ? null : 100.0 * covered() / inScope();
    }
}
