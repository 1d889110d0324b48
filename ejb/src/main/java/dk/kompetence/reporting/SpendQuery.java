package dk.kompetence.reporting;

import dk.kompetence.db.SessionMinutes;
import dk.kompetence.domain.budget.EnrolmentCost;
import dk.kompetence.domain.budget.Payer;
import dk.kompetence.domain.catalogue.Approach;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.reporting.SpendReport.CostedSession;
import dk.kompetence.reporting.SpendReport.Seat;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the spend report needs for one year in a few set-based statements (sessions
 * starting that year with their meeting minutes, their enrolments, the modules' approaches and
 * tracks, the year's substitute rates) and prices every enrolment as the budgets do
 * ({@link EnrolmentCost}). Limited to one area or institution, it reads only the sessions their
 * people are enrolled on — but all of those sessions' enrolments, which the fixed costs are
 * allocated over.
 */
public final class SpendQuery {

    /** Whose sessions to read: the whole municipality (both null), one area or one institution. */
    public record Scope(Long areaId, Long institutionId) {

        public static final Scope MUNICIPALITY = new Scope(null, null);

        public boolean includes(Long institutionId, Map<Long, Long> areaOfInstitution) {
            if (this.institutionId != null) {
                return this.institutionId.equals(institutionId);
            }
            return areaId == null || institutionId != null && areaId.equals(areaOfInstitution.get(institutionId));
        }

        private String condition() {
            if (institutionId != null) {
                return " AND s.id IN (SELECT se.session_id FROM enrolment se WHERE se.institution_id = ?)";
            }
            return areaId == null ? "" : " AND s.id IN (SELECT se.session_id FROM enrolment se "
                    + "JOIN institution si ON si.id = se.institution_id WHERE si.area_id = ?)";
        }

        private Long parameter() {
            return institutionId != null ? institutionId : areaId;
        }
    }

    private static final String SESSIONS = "SELECT s.id, s.status, s.starts_on, s.payer, s.payer_fund, s.fixed_cost, "
            + "m.id, m.provider_id, m.fee_per_participant, " + SessionMinutes.OF_SESSION_S + " "
            + "FROM course_session s JOIN course_module m ON m.id = s.module_id "
            + "WHERE s.starts_on >= ? AND s.starts_on < ?";

    private static final String ENROLMENTS = "SELECT e.session_id, e.person_id, e.institution_id, i.area_id, e.status, "
            + "e.completed_hours, p.job_role FROM enrolment e JOIN course_session s ON s.id = e.session_id "
            + "JOIN person p ON p.id = e.person_id LEFT JOIN institution i ON i.id = e.institution_id "
            + "WHERE s.starts_on >= ? AND s.starts_on < ?";

    private SpendQuery() {
    }

    public static List<CostedSession> sessions(Connection connection, int year, Scope scope, LocalDate today)
            throws SQLException {
        Map<JobRole, BigDecimal> rates = rates(connection, year);
        Map<Long, Set<Approach>> approaches = new HashMap<>();
        Map<Long, Set<Long>> tracks = new HashMap<>();
        read(connection, "SELECT module_id, approach FROM course_module_approach", List.of(), r ->
                approaches.computeIfAbsent(r.getLong(1), id -> EnumSet.noneOf(Approach.class)).add(Approach.valueOf(r.getString(2))));
        read(connection, "SELECT module_id, track_id FROM course_module_track", List.of(), r ->
                tracks.computeIfAbsent(r.getLong(1), id -> new HashSet<>()).add(r.getLong(2)));

        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(LocalDate.of(year, 1, 1)),
                Date.valueOf(LocalDate.of(year + 1, 1, 1))));
        if (scope.parameter() != null) {
            parameters.add(scope.parameter());
        }
        Map<Long, SessionRow> sessions = new LinkedHashMap<>();
        read(connection, SESSIONS + scope.condition(), parameters, r -> {
            long moduleId = r.getLong(7);
            sessions.put(r.getLong(1), new SessionRow(r.getLong(1), "CANCELLED".equals(r.getString(2)),
                    !r.getDate(3).toLocalDate().isAfter(today), Payer.valueOf(r.getString(4)), r.getString(5),
                    r.getBigDecimal(6), r.getLong(8), r.getBigDecimal(9), EnrolmentCost.hours(r.getLong(10)),
                    approaches.getOrDefault(moduleId, Set.of()), tracks.getOrDefault(moduleId, Set.of()),
                    new ArrayList<>()));
        });
        read(connection, ENROLMENTS + scope.condition(), parameters, r -> {
            SessionRow session = sessions.get(r.getLong(1));
            String role = r.getString(7);
            BigDecimal rate = role == null ? null : rates.get(JobRole.valueOf(role));
            session.enrolments().add(new Seat(r.getLong(2), (Long) r.getObject(3), (Long) r.getObject(4),
                    EnrolmentStatus.valueOf(r.getString(5)),
                    EnrolmentCost.of(session.fee(), session.meetingHours(), rate), r.getBigDecimal(6)));
        });
        return sessions.values().stream().map(SessionRow::costed).toList();
    }

    /** Id and name of every row of a small naming table (institution, area, provider, strategy_track). */
    public static Map<Long, String> names(Connection connection, String table) throws SQLException {
        if (!Set.of("institution", "area", "provider", "strategy_track").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        Map<Long, String> names = new HashMap<>();
        read(connection, "SELECT id, name FROM " + table, List.of(), r -> names.put(r.getLong(1), r.getString(2)));
        return names;
    }

    /** The area of every institution. */
    public static Map<Long, Long> areas(Connection connection) throws SQLException {
        Map<Long, Long> areas = new HashMap<>();
        read(connection, "SELECT id, area_id FROM institution", List.of(), r -> areas.put(r.getLong(1), r.getLong(2)));
        return areas;
    }

    private static Map<JobRole, BigDecimal> rates(Connection connection, int year) throws SQLException {
        Map<JobRole, BigDecimal> rates = new EnumMap<>(JobRole.class);
        read(connection, "SELECT job_role, hourly_rate FROM substitute_rate WHERE rate_year = ?", List.of(year),
                r -> rates.put(JobRole.valueOf(r.getString(1)), r.getBigDecimal(2)));
        return rates;
    }

    private record SessionRow(long id, boolean cancelled, boolean started, Payer payer, String fund, BigDecimal fixedCost,
                              long providerId, BigDecimal fee, BigDecimal meetingHours, Set<Approach> approaches,
                              Set<Long> trackIds, List<Seat> enrolments) {

        CostedSession costed() {
            return new CostedSession(id, started, cancelled, payer, fund, fixedCost, providerId, approaches, trackIds,
                    enrolments);
        }
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void read(Connection connection, String sql, List<?> parameters, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }
}
