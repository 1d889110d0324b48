package dk.kompetence.db;

import dk.kompetence.db.DemoCatalogue.Module;
import dk.kompetence.db.DemoOrganisation.Organisation;
import dk.kompetence.db.DemoPeople.Person;
import dk.kompetence.db.DemoSessions.Session;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * The demo municipality: names, courses and roles taken from the strategies in the seeds. The
 * same seed gives the same data; dates are relative to today so the sessions always lie ahead.
 */
final class DemoDataWriter {

    private static final long SEED = 2026;

    private final Connection connection;
    private final LocalDateTime now;

    DemoDataWriter(Connection connection) {
        this(connection, LocalDateTime.now());
    }

    DemoDataWriter(Connection connection, LocalDateTime now) {
        this.connection = connection;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
    }

    void write() throws SQLException {
        Random random = new Random(SEED);

        Organisation organisation = DemoOrganisation.write(connection);
        List<Module> modules = DemoCatalogue.write(connection, organisation.trackIds());
        List<Person> people = new DemoPeople(random, now.toLocalDate()).write(connection, organisation.institutions());

        DemoSessions sessionPlanner = new DemoSessions(random, now.toLocalDate());
        List<Session> sessions = sessionPlanner.plan(modules);
        DemoEnrolments enrolments = new DemoEnrolments(random, now);
        enrolments.plan(sessions, people);
        sessionPlanner.reserveSeats(sessions, organisation.institutions());

        DemoSessions.write(connection, sessions);
        enrolments.write(connection);
        DemoCosts.write(connection, organisation.institutions(), now.getYear());
        new DemoActivities(random, now).write(connection, people);
        DemoTargets.write(connection, modules, organisation.institutions(), now.toLocalDate());
        DemoUsers.write(connection);
    }
}
