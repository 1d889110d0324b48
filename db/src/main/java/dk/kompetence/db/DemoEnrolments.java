package dk.kompetence.db;

import static java.time.temporal.ChronoUnit.DAYS;

import dk.kompetence.db.DemoCatalogue.ModuleSpec;
import dk.kompetence.db.DemoPeople.Membership;
import dk.kompetence.db.DemoPeople.Person;
import dk.kompetence.db.DemoSessions.Phase;
import dk.kompetence.db.DemoSessions.Session;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Enrolments session by session in date order, keeping the rules the application keeps: one active
 * enrolment per person and module, seats taken never above capacity, a waitlist only when full,
 * prerequisites completed first, and no retaking a completed module before it is due for renewal.
 */
final class DemoEnrolments {

    record Enrolment(Session session, Person person, Membership membership, String status,
                     LocalDateTime requestedAt, LocalDateTime decidedAt, String decisionComment,
                     LocalDateTime cancelledAt) {

        boolean active() {
            return ACTIVE.contains(status);
        }
    }

    private record Candidate(Person person, Membership membership) {
    }

    private record Key(long personId, String moduleCode) {
    }

    private static final Set<String> ACTIVE = Set.of("REQUESTED", "CONFIRMED", "WAITLISTED");
    static final Set<String> SEAT_TAKING = Set.of("CONFIRMED", "COMPLETED", "NO_SHOW");
    static final List<String> REJECTION_REASONS = List.of("Ingen vikardækning i perioden",
            "Prioriteres til næste hold", "Teamet har valgt et andet fokus i år");
    private static final String BY = "demo";

    private static final String INSERT_ENROLMENT = "INSERT INTO enrolment (session_id, person_id, institution_id, "
            + "active_module_id, status, requested_at, requested_by, decided_at, decided_by, decision_comment, "
            + "cancelled_at, completed_on, completed_hours, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_COMPLETION = "INSERT INTO completion (person_id, module_id, enrolment_id, "
            + "title, completed_on, hours, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final Random random;
    private final LocalDateTime now;
    private final LocalDate today;
    private final Set<Key> active = new HashSet<>();
    private final Map<Key, LocalDate> completed = new HashMap<>();
    private final List<Enrolment> enrolments = new ArrayList<>();

    DemoEnrolments(Random random, LocalDateTime now) {
        this.random = random;
        this.now = now;
        this.today = now.toLocalDate();
    }

    /** Plans the enrolments and sets each session's seats taken and status. */
    void plan(List<Session> sessions, List<Person> people) {
        Map<String, List<Person>> audiences = new HashMap<>();
        for (Session session : sessions) {
            ModuleSpec spec = session.module.spec();
            List<Person> audience = audiences.computeIfAbsent(spec.code(), code -> audience(spec, people));
            if ("CANCELLED".equals(session.status)) {
                fillCancelled(session, audience);
            } else if (!"PLANNED".equals(session.status)) {
                fill(session, audience);
                session.status = switch (session.phase) {
                    case PAST -> "COMPLETED";
                    case RUNNING -> "RUNNING";
                    case FUTURE -> session.seatsTaken == session.capacity ? "FULL" : "OPEN";
                };
            }
        }
    }

    void write(Connection connection) throws SQLException {
        List<Object[]> rows = new ArrayList<>(enrolments.size());
        for (Enrolment enrolment : enrolments) {
            rows.add(row(enrolment));
        }
        List<Long> ids = DemoJdbc.batchReturningIds(connection, "enrolment", INSERT_ENROLMENT, rows);
        List<Object[]> completions = new ArrayList<>();
        for (int i = 0; i < enrolments.size(); i++) {
            Enrolment enrolment = enrolments.get(i);
            if (enrolment.status().equals("COMPLETED")) {
                Session session = enrolment.session();
                completions.add(new Object[] {enrolment.person().id(), session.module.id(), ids.get(i),
                        session.module.spec().title(), session.endsOn, session.module.spec().hours(), BY,
                        recordedAt(session.endsOn)});
            }
        }
        DemoJdbc.batch(connection, INSERT_COMPLETION, completions);
    }

    private static List<Person> audience(ModuleSpec spec, List<Person> people) {
        return people.stream()
                .filter(person -> spec.roles().contains(person.audienceRole()))
                .filter(person -> person.memberships().stream()
                        .anyMatch(membership -> spec.institutionTypes().contains(membership.institution().type())))
                .toList();
    }

    private void fill(Session session, List<Person> audience) {
        int target = seatTarget(session);
        boolean full = session.phase == Phase.FUTURE && target == session.capacity;
        int waitlist = full ? 1 + random.nextInt(4) : 0;
        for (Candidate candidate : teams(eligible(session, audience), session.module.spec())) {
            boolean seatsLeft = session.seatsTaken < target;
            if (!seatsLeft && waitlist == 0) {
                break;
            }
            boolean approval = session.module.spec().approvalRequired()
                    || candidate.membership().institution().approvalRequired();
            String status;
            if (seatsLeft) {
                status = status(session.phase, approval, full);
            } else {
                status = "WAITLISTED";
                waitlist--;
            }
            LocalDateTime requestedAt = requestedAt(session, candidate.membership());
            LocalDateTime decidedAt = approval && !status.equals("REQUESTED") && !status.equals("CANCELLED")
                    ? decidedAt(requestedAt) : null;
            String comment = status.equals("REJECTED") ? pick(REJECTION_REASONS) : null;
            LocalDateTime cancelledAt = status.equals("CANCELLED") ? cancelledAt(session, requestedAt) : null;
            add(new Enrolment(session, candidate.person(), candidate.membership(), status, requestedAt, decidedAt,
                    comment, cancelledAt));
        }
    }

    private void fillCancelled(Session session, List<Person> audience) {
        List<Candidate> candidates = teams(eligible(session, audience), session.module.spec());
        LocalDateTime cancelledAt = now.minusMinutes(30);
        for (Candidate candidate : candidates.subList(0, Math.min(candidates.size(), 4 + random.nextInt(4)))) {
            add(new Enrolment(session, candidate.person(), candidate.membership(), "CANCELLED",
                    requestedAt(session, candidate.membership()), null, null, cancelledAt));
        }
    }

    private void add(Enrolment enrolment) {
        Key key = new Key(enrolment.person().id(), enrolment.session().module.spec().code());
        if (SEAT_TAKING.contains(enrolment.status())) {
            enrolment.session().seatsTaken++;
        }
        if (enrolment.active()) {
            active.add(key);
        }
        if (enrolment.status().equals("COMPLETED")) {
            completed.put(key, enrolment.session().endsOn);
        }
        enrolments.add(enrolment);
    }

    private List<Candidate> eligible(Session session, List<Person> audience) {
        ModuleSpec spec = session.module.spec();
        LocalDate lastRequestDay = lastRequestDay(session);
        List<Candidate> candidates = new ArrayList<>();
        for (Person person : audience) {
            Membership membership = person.membershipOn(session.startsOn);
            if (membership == null || !membership.covers(session.endsOn) || membership.start().isAfter(lastRequestDay)
                    || !spec.institutionTypes().contains(membership.institution().type())) {
                continue;
            }
            Key key = new Key(person.id(), spec.code());
            if (!active.contains(key) && !alreadyCompleted(key, spec, session.startsOn)
                    && prerequisitesMet(person, spec, session.startsOn)) {
                candidates.add(new Candidate(person, membership));
            }
        }
        Collections.shuffle(candidates, random);
        return spec.mandatoryWithinMonths() == null ? candidates : mostNewcomersFirst(candidates, session, spec);
    }

    /** Leaders send most, not all, newcomers to the mandatory modules first, so some gaps remain to be seen. */
    private List<Candidate> mostNewcomersFirst(List<Candidate> candidates, Session session, ModuleSpec spec) {
        LocalDate newcomersSince = session.startsOn.minusMonths(spec.mandatoryWithinMonths() + 6L);
        List<Candidate> first = new ArrayList<>();
        List<Candidate> rest = new ArrayList<>();
        for (Candidate candidate : candidates) {
            LocalDate hired = candidate.person().hireDate();
            boolean newcomer = hired != null && !hired.isBefore(newcomersSince);
            (newcomer && random.nextInt(100) < 70 ? first : rest).add(candidate);
        }
        first.addAll(rest);
        return first;
    }

    private boolean alreadyCompleted(Key key, ModuleSpec spec, LocalDate startsOn) {
        LocalDate done = completed.get(key);
        return done != null && (spec.renewalMonths() == null || done.plusMonths(spec.renewalMonths()).isAfter(startsOn));
    }

    private boolean prerequisitesMet(Person person, ModuleSpec spec, LocalDate startsOn) {
        for (String required : spec.prerequisites()) {
            LocalDate done = completed.get(new Key(person.id(), required));
            if (done == null || !done.isBefore(startsOn)) {
                return false;
            }
        }
        return true;
    }

    /** Colleagues from one institution sign up together; co-teaching is taken in pairs. */
    private List<Candidate> teams(List<Candidate> candidates, ModuleSpec spec) {
        Map<Long, Deque<Candidate>> byInstitution = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            byInstitution.computeIfAbsent(candidate.membership().institution().id(), id -> new ArrayDeque<>())
                    .add(candidate);
        }
        boolean pairs = spec.approaches().contains("CO_TEACHING");
        List<Candidate> ordered = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            Deque<Candidate> colleagues = byInstitution.get(candidate.membership().institution().id());
            if (!colleagues.remove(candidate)) {
                continue;
            }
            ordered.add(candidate);
            int companions = pairs ? 1 : random.nextInt(3);
            for (int i = 0; i < companions && !colleagues.isEmpty(); i++) {
                ordered.add(colleagues.poll());
            }
        }
        return ordered;
    }

    int seatTarget(Session session) {
        double share = switch (session.phase) {
            case PAST -> 0.65 + 0.35 * random.nextDouble();
            case RUNNING -> 0.7 + 0.3 * random.nextDouble();
            case FUTURE -> futureShare(DAYS.between(today, session.startsOn));
        };
        return Math.max(1, Math.min(session.capacity, (int) Math.round(session.capacity * share)));
    }

    private double futureShare(long daysAhead) {
        int chance = random.nextInt(100);
        double spread = random.nextDouble();
        if (daysAhead <= 75) {
            return chance < 35 ? 1.0 : 0.55 + 0.4 * spread;
        }
        if (daysAhead <= 200) {
            return chance < 12 ? 1.0 : 0.3 + 0.4 * spread;
        }
        return 0.1 + 0.3 * spread;
    }

    String status(Phase phase, boolean approval, boolean full) {
        int roll = random.nextInt(100);
        return switch (phase) {
            case PAST -> roll < 6 ? "CANCELLED" : approval && roll < 10 ? "REJECTED" : roll < 12 ? "NO_SHOW" : "COMPLETED";
            case RUNNING -> roll < 5 ? "CANCELLED" : "CONFIRMED";
            case FUTURE -> roll < 5 ? "CANCELLED"
                    : approval && roll < 9 ? "REJECTED"
                    : approval && !full && roll < 45 ? "REQUESTED"
                    : "CONFIRMED";
        };
    }

    LocalDate lastRequestDay(Session session) {
        LocalDate deadline = session.enrolmentDeadline();
        return session.phase == Phase.FUTURE && !deadline.isBefore(today) ? today.minusDays(1) : deadline;
    }

    LocalDateTime requestedAt(Session session, Membership membership) {
        LocalDate latest = lastRequestDay(session);
        LocalDate earliest = latest.minusDays(60).isBefore(membership.start()) ? membership.start() : latest.minusDays(60);
        LocalDate day = earliest.plusDays(random.nextInt((int) DAYS.between(earliest, latest) + 1));
        return day.atTime(7, 30).plusMinutes(random.nextInt(600));
    }

    LocalDateTime decidedAt(LocalDateTime requestedAt) {
        LocalDateTime decided = requestedAt.plusHours(20 + random.nextInt(80)).plusMinutes(random.nextInt(60));
        return decided.isAfter(now) ? now : decided;
    }

    LocalDateTime cancelledAt(Session session, LocalDateTime requestedAt) {
        LocalDateTime start = session.startsOn.atTime(8, 0);
        LocalDateTime limit = start.isBefore(now) ? start : now;
        long minutes = Duration.between(requestedAt, limit).toMinutes();
        return requestedAt.plusMinutes(1 + random.nextInt((int) Math.max(1, minutes - 1)));
    }

    LocalDateTime recordedAt(LocalDate endsOn) {
        LocalDateTime recorded = endsOn.plusDays(1 + random.nextInt(3)).atTime(10, random.nextInt(60));
        return recorded.isAfter(now) ? now : recorded;
    }

    Object[] row(Enrolment enrolment) {
        Session session = enrolment.session();
        boolean completedStatus = enrolment.status().equals("COMPLETED");
        boolean attendanceRecorded = completedStatus || enrolment.status().equals("NO_SHOW");
        return new Object[] {session.id, enrolment.person().id(), enrolment.membership().institution().id(),
                enrolment.active() ? session.module.id() : null, enrolment.status(), enrolment.requestedAt(), BY,
                enrolment.decidedAt(), enrolment.decidedAt() == null ? null : BY, enrolment.decisionComment(),
                enrolment.cancelledAt(), completedStatus ? session.endsOn : null,
                completedStatus ? session.module.spec().hours() : null, attendanceRecorded ? BY : null};
    }

    String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
