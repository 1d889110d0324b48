package dk.kompetence.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A leader's view of the team: people × the modules that matter for the institution, each cell
 * with a status. Built by {@link TeamService}.
 */
public record TeamOverview(long institutionId, String institution, LocalDate referenceDate, List<Column> modules,
                           List<Row> people) implements Serializable {

    public enum Status {
        DONE,
        EXPIRING,
        BOOKED,
        MISSING
    }

    public record Column(long moduleId, String title, boolean mandatory) implements Serializable {
    }

    public record Cell(Status status, LocalDate validUntil) implements Serializable {
    }

    public record Row(long personId, String name, String role, Map<Long, Cell> cells) implements Serializable {

        public Cell cell(long moduleId) {
            return cells.get(moduleId);
        }
    }

    /** How many in the team lack each module (neither done, expiring nor booked). */
    public Map<Long, Long> missingPerModule() {
        return modules.stream().collect(java.util.stream.Collectors.toMap(Column::moduleId,
                c -> people.stream().filter(p -> p.cell(c.moduleId()).status() == Status.MISSING).count()));
    }
}
