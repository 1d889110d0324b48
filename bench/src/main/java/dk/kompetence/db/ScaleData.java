package dk.kompetence.db;

import dk.kompetence.db.DemoCatalogue.Module;
import dk.kompetence.db.DemoPeople.Person;
import dk.kompetence.db.DemoSessions.Session;
import dk.kompetence.db.ScaleOrganisation.Organisation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A whole municipality of a given {@link Scale} for load and speed tests, written into a migrated,
 * empty database with batched inserts: the demo's names, roles, staffing mixes, catalogue,
 * statuses and targets, and its accounts (hr, leder, … with the demo password). The same seed
 * and time give the same data; dates are relative to {@code now} like the demo's.
 * <p>
 * This lives in the demo loader's package (in the bench module, so it never ships) to reuse the
 * demo's package-private parts.
 */
public final class ScaleData {

    /** Rows written per table. */
    public record Counts(long institutions, long people, long memberships, long modules, long sessions,
                         long enrolments, long completions, long targets) {
    }

    /**
     * Raise this whenever a change makes the generator write other data: the benchmark reuses a
     * database only while it holds the data set of this version, seed and scale.
     */
    public static final int VERSION = 1;

    /** Share of the rows that are credited completions from before the system. */
    private static final double MERIT_SHARE = 0.06;
    /** Share of the rows at least left for activities outside courses. */
    private static final double ACTIVITY_SHARE = 0.08;
    private static final List<String> TABLES_WITH_GIVEN_IDS = List.of("institution", "person", "membership",
            "course_session", "session_meeting", "enrolment", "completion");

    private ScaleData() {
    }

    public static Counts write(Connection connection, Scale scale, long seed, LocalDateTime now) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            write(connection, scale, new Random(seed), now.truncatedTo(ChronoUnit.SECONDS));
            connection.commit();
            return counts(connection);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void write(Connection connection, Scale scale, Random random, LocalDateTime now)
            throws SQLException {
        Organisation organisation = ScaleOrganisation.write(connection, random, scale);
        List<Module> modules = ScaleCatalogue.write(connection, scale, organisation.trackIds());
        int merits = (int) (scale.enrolmentsAndCompletions() * MERIT_SHARE);
        long courseRows = (long) (scale.enrolmentsAndCompletions() * (1 - ACTIVITY_SHARE)) - merits;
        ScaleSessions sessionPlanner = new ScaleSessions(random, now.toLocalDate());
        List<Session> sessions;
        try (OrderedBatches batches = new OrderedBatches(connection)) {
            OrderedBatches.Table persons = batches.table(ScalePeople.INSERT_PERSON);
            OrderedBatches.Table memberships = batches.table(ScalePeople.INSERT_MEMBERSHIP);
            OrderedBatches.Table sessionRows = batches.table(ScaleEnrolments.INSERT_SESSION);
            OrderedBatches.Table meetings = batches.table(ScaleEnrolments.INSERT_MEETING);
            OrderedBatches.Table enrolments = batches.table(ScaleEnrolments.INSERT_ENROLMENT);
            OrderedBatches.Table completions = batches.table(ScaleEnrolments.INSERT_COMPLETION);

            List<Person> people = new ScalePeople(random, now.toLocalDate())
                    .write(persons, memberships, organisation);
            ScaleEnrolments enrolmentPlanner = new ScaleEnrolments(random, now, people, modules);
            ScaleLearning learning = new ScaleLearning(random, now, people);
            learning.merits(completions, enrolmentPlanner, modules, merits);
            sessions = sessionPlanner.plan(modules, scale.sessions(), enrolmentPlanner::audience);
            enrolmentPlanner.write(sessions, sessionRows, meetings, enrolments, completions, courseRows);
            learning.activities(completions,
                    scale.enrolmentsAndCompletions() - enrolments.rows() - completions.rows());
        }
        sessionPlanner.reserveSeats(sessions, organisation.institutions());
        List<Object[]> reservations = new ArrayList<>();
        for (Session session : sessions) {
            if (session.reservation != null) {
                reservations.add(new Object[] {session.id, session.reservation.institution().id(),
                        session.reservation.seats()});
            }
        }
        DemoJdbc.batch(connection, "INSERT INTO session_reservation (session_id, institution_id, seats) "
                + "VALUES (?, ?, ?)", reservations);
        DemoTargets.write(connection, ScaleTargets.all(), modules, organisation.institutions(), now.toLocalDate());
        DemoUsers.write(connection);
        restartIdentities(connection);
    }

    /** Ids were given explicitly: the identity columns continue after the highest, for rows added later. */
    private static void restartIdentities(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES_WITH_GIVEN_IDS) {
                long next;
                try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                    max.next();
                    next = max.getLong(1);
                }
                statement.executeUpdate("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }

    public static Counts counts(Connection connection) throws SQLException {
        return new Counts(count(connection, "institution"), count(connection, "person"),
                count(connection, "membership"), count(connection, "course_module"),
                count(connection, "course_session"), count(connection, "enrolment"),
                count(connection, "completion"), count(connection, "target"));
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
