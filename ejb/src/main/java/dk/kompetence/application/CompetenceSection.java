package dk.kompetence.application;

import dk.kompetence.reporting.CoverageCounts;
import dk.kompetence.reporting.HoursPerFte;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The quality report's section on competence development (kompetenceudvikling) for one
 * institution and year: the frozen figures when HR has frozen the year (with the leader's
 * narrative), otherwise the figures on the reference date the freeze would use.
 * {@code frozenAt}, {@code frozenBy} and the narrative are null when the year is not frozen;
 * {@code hours} is null when the institution had no employee working time that year.
 */
public record CompetenceSection(long institutionId, String institutionName, String areaName, int year,
                                LocalDate referenceDate, LocalDateTime frozenAt, String frozenBy, String narrative,
                                String narrativeBy, List<Line> lines, HoursPerFte hours) {

    /** One target × job role (null: volunteers); {@code met} is for the institution, all roles together. */
    public record Line(long targetId, String targetName, String jobRole, int inScope, int covered, int booked,
                       int overdue, boolean met) implements CoverageCounts {
    }

    public boolean frozen() {
        return frozenAt != null;
    }
}
