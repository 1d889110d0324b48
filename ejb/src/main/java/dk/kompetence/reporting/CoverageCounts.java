package dk.kompetence.reporting;

/** The four numbers of a coverage report line, whatever it covers. */
public interface CoverageCounts {

    long targetId();

    int inScope();

    int covered();

    int booked();

    int overdue();

    /** Share covered in percent, or null when nobody is in scope. */
    default Double percentCovered() {
        return inScope() == 0 ? null : 100.0 * covered() / inScope();
    }

    /**
     * Whether an institution meets a target, all its roles together: a head count when the
     * target asks for one, otherwise a share of those in scope.
     */
    static boolean meets(Integer requiredPercent, Integer minimumCount, int covered, int inScope) {
        return minimumCount != null ? covered >= minimumCount : 100L * covered >= (long) requiredPercent * inScope;
    }
}
