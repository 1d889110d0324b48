package dk.kompetence.db;

import dk.kompetence.db.DemoCatalogue.Module;
import dk.kompetence.db.DemoCatalogue.ModuleSpec;
import dk.kompetence.db.DemoEnrolments.Enrolment;
import dk.kompetence.db.DemoPeople.Membership;
import dk.kompetence.db.DemoPeople.Person;
import dk.kompetence.db.DemoSessions.Phase;
import dk.kompetence.db.DemoSessions.Session;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Enrolments session by session in date order, with the demo's rules and its statuses, times and
 * rows: one active enrolment per person and module, seats taken never above capacity, a waitlist
 * only when full, prerequisites completed first, no retaking a module before it is due for
 * renewal, colleagues signing up together and newcomers first on mandatory modules. The demo
 * shuffles a session's whole audience; at this scale candidates are drawn at random instead, and
 * rows are streamed to the database session by session.
 */
final class ScaleEnrolments {

    private static final Logger LOG = Logger.getLogger(ScaleEnrolments.class.getName());

    static final String INSERT_SESSION = "INSERT INTO course_session (id, module_id, code, capacity, seats_taken, "
            + "enrolment_deadline, cancellation_deadline, starts_on, ends_on, status, educators) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_MEETING = "INSERT INTO session_meeting (id, session_id, meeting_date, start_time, "
            + "end_time, venue, online_link) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_ENROLMENT = "INSERT INTO enrolment (id, session_id, person_id, institution_id, "
            + "active_module_id, status, requested_at, requested_by, decided_at, decided_by, decision_comment, "
            + "cancelled_at, completed_on, completed_hours, recorded_by) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_COMPLETION = "INSERT INTO completion (id, person_id, module_id, enrolment_id, "
            + "activity_kind, title, completed_on, hours, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Rows per seat a session is expected to give: past ones an enrolment and a completion each. */
    private static final double PAST_ROWS_PER_SEAT = 2.0;
    private static final double LATER_ROWS_PER_SEAT = 1.1;
    private static final int NEWCOMERS_FIRST_PERCENT = 60;
    private static final int NEWCOMER_MONTHS = 6;

    private record Candidate(Person person, Membership membership) {
    }

    /** What decides who may take a module, and who could. */
    private record Rules(Set<String> roles, Set<String> types, List<Long> prerequisites, int[] audience) {
    }

    private final Random random;
    private final LocalDateTime now;
    private final DemoEnrolments demo;
    private final List<Person> people;
    private final LocalDate[] since;
    private final Map<Long, Rules> rules = new HashMap<>();
    private final Map<Long, int[]> colleagues = new HashMap<>();
    private final Map<Long, LocalDate> completed = new HashMap<>();
    private final Set<Long> active = new HashSet<>();
    private int skippedSessions;

    /** People in id order, and so in order of hire (or consent) date. */
    ScaleEnrolments(Random random, LocalDateTime now, List<Person> people, List<Module> modules) {
        this.random = random;
        this.now = now;
        this.demo = new DemoEnrolments(random, now);
        this.people = people;
        this.since = people.stream().map(person -> person.memberships().get(0).start()).toArray(LocalDate[]::new);
        Map<String, Long> moduleIds = new HashMap<>();
        modules.forEach(module -> moduleIds.put(module.spec().code(), module.id()));
        for (Module module : modules) {
            ModuleSpec spec = module.spec();
            Set<String> roles = Set.copyOf(spec.roles());
            Set<String> types = Set.copyOf(spec.institutionTypes());
            int[] audience = indices(person -> roles.contains(person.audienceRole())
                    && person.memberships().stream().anyMatch(m -> types.contains(m.institution().type())));
            rules.put(module.id(), new Rules(roles, types, spec.prerequisites().stream().map(moduleIds::get).toList(),
                    audience));
        }
        Map<Long, List<Integer>> staff = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            for (Membership membership : people.get(i).memberships()) {
                staff.computeIfAbsent(membership.institution().id(), id -> new ArrayList<>()).add(i);
            }
        }
        staff.forEach((id, members) -> colleagues.put(id, members.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * Fills the sessions and writes them with their meetings, enrolments and the completions of
     * completed enrolments. Past sessions are filled less than the demo fills them when that is
     * needed to stay within {@code rows} enrolment and completion rows.
     */
    void write(List<Session> sessions, OrderedBatches.Table sessionRows, OrderedBatches.Table meetingRows,
               OrderedBatches.Table enrolmentRows, OrderedBatches.Table completionRows, long rows) throws SQLException {
        double pastShare = pastShare(sessions, rows);
        long budget = rows + completionRows.rows();
        for (Session session : sessions) {
            List<Enrolment> enrolled = new ArrayList<>();
            boolean withinBudget = enrolmentRows.rows() + completionRows.rows() < budget;
            if ("CANCELLED".equals(session.status)) {
                cancelled(session, enrolled);
            } else if (!"PLANNED".equals(session.status)) {
                if (withinBudget) {
                    fill(session, pastShare, enrolled);
                } else {
                    skippedSessions++;
                }
                session.status = switch (session.phase) {
                    case PAST -> "COMPLETED";
                    case RUNNING -> "RUNNING";
                    case FUTURE -> session.seatsTaken == session.capacity ? "FULL" : "OPEN";
                };
            }
            write(session, enrolled, sessionRows, meetingRows, enrolmentRows, completionRows);
        }
        if (skippedSessions > 0) {
            LOG.warning(() -> skippedSessions + " past sessions left empty to stay within " + rows + " rows");
        }
    }

    /** How many people could ever take the module. */
    int audience(Module module) {
        return rules.get(module.id()).audience().length;
    }

    /** Records a completion from before the system (see ScaleLearning) if the person may hold the module. */
    boolean merit(Person person, Module module, LocalDate day) {
        Rules rule = rules.get(module.id());
        Membership membership = person.membershipOn(day);
        if (membership == null || !rule.roles().contains(person.audienceRole())
                || !rule.types().contains(membership.institution().type()) || !rule.prerequisites().isEmpty()
                || completed.containsKey(key(person, module.id()))) {
            return false;
        }
        completed.put(key(person, module.id()), day);
        return true;
    }

    private void fill(Session session, double pastShare, List<Enrolment> enrolled) {
        int target = demo.seatTarget(session);
        if (session.phase == Phase.PAST) {
            target = Math.max(1, (int) Math.round(target * pastShare));
        }
        Filling filling = new Filling(session, target, enrolled);
        Rules rule = rules.get(session.module.id());
        boolean pairs = session.module.spec().approaches().contains("CO_TEACHING");
        Set<Long> tried = new HashSet<>();
        for (int attempts = 3 * target + 30; attempts > 0 && filling.wantsMore(); attempts--) {
            Candidate first = candidate(draw(session, rule), session, rule, tried);
            if (first == null) {
                continue;
            }
            filling.enrol(first);
            int[] team = colleagues.get(first.membership().institution().id());
            int companions = pairs ? 1 : random.nextInt(3);
            for (int i = 0; i < companions && filling.wantsMore(); i++) {
                Candidate colleague = candidate(people.get(team[random.nextInt(team.length)]), session, rule, tried);
                if (colleague != null) {
                    filling.enrol(colleague);
                }
            }
        }
    }

    /** A session that was called off: the few who had signed up were cancelled with it. */
    private void cancelled(Session session, List<Enrolment> enrolled) {
        Rules rule = rules.get(session.module.id());
        Set<Long> tried = new HashSet<>();
        LocalDateTime cancelledAt = now.minusMinutes(30);
        for (int attempts = 40, wanted = 4 + random.nextInt(4); attempts > 0 && enrolled.size() < wanted; attempts--) {
            Candidate candidate = candidate(draw(session, rule), session, rule, tried);
            if (candidate != null) {
                enrolled.add(new Enrolment(session, candidate.person(), candidate.membership(), "CANCELLED",
                        demo.requestedAt(session, candidate.membership()), null, null, cancelledAt));
            }
        }
    }

    /** Someone from the module's audience; on a mandatory module most often a newcomer. */
    private Person draw(Session session, Rules rule) {
        Integer within = session.module.spec().mandatoryWithinMonths();
        if (within != null && random.nextInt(100) < NEWCOMERS_FIRST_PERCENT) {
            int from = firstSince(session.startsOn.minusMonths(within + NEWCOMER_MONTHS));
            int to = firstSince(session.startsOn);
            if (to > from) {
                return people.get(from + random.nextInt(to - from));
            }
        }
        return rule.audience().length == 0 ? null : people.get(rule.audience()[random.nextInt(rule.audience().length)]);
    }

    private int firstSince(LocalDate day) {
        int found = Arrays.binarySearch(since, day);
        if (found < 0) {
            return -found - 1;
        }
        while (found > 0 && since[found - 1].equals(day)) {
            found--;
        }
        return found;
    }

    private Candidate candidate(Person person, Session session, Rules rule, Set<Long> tried) {
        if (person == null || !tried.add(person.id()) || !rule.roles().contains(person.audienceRole())) {
            return null;
        }
        Membership membership = person.membershipOn(session.startsOn);
        if (membership == null || !membership.covers(session.endsOn)
                || membership.start().isAfter(demo.lastRequestDay(session))
                || !rule.types().contains(membership.institution().type())) {
            return null;
        }
        long key = key(person, session.module.id());
        if (active.contains(key) || holds(key, session.module.spec(), session.startsOn)
                || !prerequisitesMet(person, rule, session.startsOn)) {
            return null;
        }
        return new Candidate(person, membership);
    }

    private boolean holds(long key, ModuleSpec spec, LocalDate day) {
        LocalDate done = completed.get(key);
        return done != null && (spec.renewalMonths() == null || done.plusMonths(spec.renewalMonths()).isAfter(day));
    }

    private boolean prerequisitesMet(Person person, Rules rule, LocalDate day) {
        for (long required : rule.prerequisites()) {
            LocalDate done = completed.get(key(person, required));
            if (done == null || !done.isBefore(day)) {
                return false;
            }
        }
        return true;
    }

    /** One session being filled: seats up to the target, then a short waitlist when it is full. */
    private final class Filling {
        private final Session session;
        private final int target;
        private final boolean full;
        private final List<Enrolment> enrolled;
        private int waitlist;

        Filling(Session session, int target, List<Enrolment> enrolled) {
            this.session = session;
            this.target = target;
            this.full = session.phase == Phase.FUTURE && target == session.capacity;
            this.waitlist = full ? 1 + random.nextInt(4) : 0;
            this.enrolled = enrolled;
        }

        boolean wantsMore() {
            return session.seatsTaken < target || waitlist > 0;
        }

        void enrol(Candidate candidate) {
            boolean approval = session.module.spec().approvalRequired()
                    || candidate.membership().institution().approvalRequired();
            String status;
            if (session.seatsTaken < target) {
                status = demo.status(session.phase, approval, full);
            } else {
                status = "WAITLISTED";
                waitlist--;
            }
            LocalDateTime requestedAt = demo.requestedAt(session, candidate.membership());
            LocalDateTime decidedAt = approval && !status.equals("REQUESTED") && !status.equals("CANCELLED")
                    ? demo.decidedAt(requestedAt) : null;
            String comment = status.equals("REJECTED") ? demo.pick(DemoEnrolments.REJECTION_REASONS) : null;
            LocalDateTime cancelledAt = status.equals("CANCELLED") ? demo.cancelledAt(session, requestedAt) : null;
            Enrolment enrolment = new Enrolment(session, candidate.person(), candidate.membership(), status,
                    requestedAt, decidedAt, comment, cancelledAt);
            long key = key(candidate.person(), session.module.id());
            if (DemoEnrolments.SEAT_TAKING.contains(status)) {
                session.seatsTaken++;
            }
            if (enrolment.active()) {
                active.add(key);
            }
            if (status.equals("COMPLETED")) {
                completed.put(key, session.endsOn);
            }
            enrolled.add(enrolment);
        }
    }

    private void write(Session session, List<Enrolment> enrolled, OrderedBatches.Table sessionRows,
                       OrderedBatches.Table meetingRows, OrderedBatches.Table enrolmentRows,
                       OrderedBatches.Table completionRows) throws SQLException {
        Module module = session.module;
        session.id = sessionRows.insert(module.id(), session.code, session.capacity, session.seatsTaken,
                session.enrolmentDeadline(), session.cancellationDeadline(), session.startsOn, session.endsOn,
                session.status, session.educators);
        for (DemoSessions.Meeting meeting : session.meetings) {
            meetingRows.insert(session.id, meeting.date(), meeting.start(), meeting.end(), meeting.venue(),
                    meeting.onlineLink());
        }
        for (Enrolment enrolment : enrolled) {
            long id = enrolmentRows.insert(demo.row(enrolment));
            if (enrolment.status().equals("COMPLETED")) {
                completionRows.insert(enrolment.person().id(), module.id(), id, null, module.spec().title(),
                        session.endsOn, module.spec().hours(), "demo", demo.recordedAt(session.endsOn));
            }
        }
    }

    /**
     * The share of the demo's seat targets that past sessions get, so that all sessions together
     * give about {@code rows} rows. Later sessions keep the demo's (some full, with a waitlist).
     */
    private static double pastShare(List<Session> sessions, long rows) {
        double past = 0;
        double later = 0;
        for (Session session : sessions) {
            if (session.status != null) {
                continue;
            }
            switch (session.phase) {
                case PAST -> past += session.capacity * 0.825 * PAST_ROWS_PER_SEAT;
                case RUNNING -> later += session.capacity * 0.85 * LATER_ROWS_PER_SEAT;
                case FUTURE -> later += session.capacity * 0.6 * LATER_ROWS_PER_SEAT;
            }
        }
        return past == 0 ? 1 : Math.max(0.05, Math.min(1, (rows - later) / past));
    }

    private int[] indices(Predicate<Person> test) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            if (test.test(people.get(i))) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private static long key(Person person, long moduleId) {
        return person.id() << 16 | moduleId;
    }
}
