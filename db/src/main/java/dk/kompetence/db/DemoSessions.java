package dk.kompetence.db;

import dk.kompetence.db.DemoCatalogue.Module;
import dk.kompetence.db.DemoCatalogue.ModuleSpec;
import dk.kompetence.db.DemoOrganisation.Institution;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Runs (hold) of the modules: two years of history, a year ahead, with meetings and reserved seats. */
final class DemoSessions {

    enum Phase { PAST, RUNNING, FUTURE }

    record Meeting(LocalDate date, LocalTime start, LocalTime end, String venue, String onlineLink) {
    }

    record Reservation(Institution institution, int seats) {
    }

    /** A planned session; the enrolment planner fills in seats taken and the final status. */
    static final class Session {
        final Module module;
        final String code;
        final int capacity;
        final LocalDate startsOn;
        final LocalDate endsOn;
        final Phase phase;
        final String educators;
        final List<Meeting> meetings;
        String status;
        int seatsTaken;
        Reservation reservation;
        long id;

        Session(Module module, String code, int capacity, String educators, List<Meeting> meetings, LocalDate today) {
            this.module = module;
            this.code = code;
            this.capacity = capacity;
            this.educators = educators;
            this.meetings = meetings;
            this.startsOn = meetings.get(0).date();
            this.endsOn = meetings.get(meetings.size() - 1).date();
            this.phase = endsOn.isBefore(today) ? Phase.PAST : startsOn.isAfter(today) ? Phase.FUTURE : Phase.RUNNING;
        }

        LocalDate enrolmentDeadline() {
            return startsOn.minusDays(14);
        }

        LocalDate cancellationDeadline() {
            return startsOn.minusDays(7);
        }
    }

    private static final String CANCELLED_MODULE = "DATA-01";
    private static final int PLANNED_AT_THE_END = 2;

    private final Random random;
    private final LocalDate today;

    DemoSessions(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    List<Session> plan(List<Module> modules) {
        List<Session> sessions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Module module : modules) {
            String status = module.spec().status();
            if (status.equals("PUBLISHED") || status.equals("RETIRED")) {
                runs(module, codes, sessions);
            }
        }
        sessions.sort(Comparator.comparing((Session session) -> session.startsOn).thenComparing(session -> session.code));
        markPlannedAndCancelled(sessions);
        return sessions;
    }

    /** Evenly spaced runs from the module's first run until a year ahead, or until a year ago once retired. */
    private void runs(Module module, Set<String> codes, List<Session> sessions) {
        ModuleSpec spec = module.spec();
        LocalDate last = spec.status().equals("RETIRED") ? today.minusYears(1) : today.plusYears(1);
        int spacing = 365 / spec.sessionsPerYear();
        for (LocalDate slot = today.minusMonths(spec.historyMonths()).plusDays(random.nextInt(spacing));
             slot.isBefore(last);
             slot = slot.plusDays(spacing)) {
            LocalDate start = workday(outsideHolidays(slot.plusDays(random.nextInt(21))));
            String code = spec.code() + "-" + start;
            if (start.isBefore(last) && codes.add(code)) {
                sessions.add(session(module, code, start));
            }
        }
    }

    /** The runs furthest ahead are only planned, and one upcoming run has been called off. */
    private static void markPlannedAndCancelled(List<Session> sessions) {
        for (int i = sessions.size() - 1; i >= Math.max(0, sessions.size() - PLANNED_AT_THE_END); i--) {
            if (sessions.get(i).phase == Phase.FUTURE) {
                sessions.get(i).status = "PLANNED";
            }
        }
        sessions.stream()
                .filter(session -> session.phase == Phase.FUTURE && session.status == null
                        && session.module.spec().code().equals(CANCELLED_MODULE))
                .findFirst()
                .ifPresent(session -> session.status = "CANCELLED");
    }

    /** Holds back a few seats for one institution in some of the open sessions that have room. */
    void reserveSeats(List<Session> sessions, List<Institution> institutions) {
        int candidates = 0;
        for (Session session : sessions) {
            int free = session.capacity - session.seatsTaken;
            if (!"OPEN".equals(session.status) || free < 6 || candidates++ % 8 != 0) {
                continue;
            }
            List<Institution> audience = institutions.stream()
                    .filter(institution -> institution.staffing() != DemoStaffing.VOLUNTEERS
                            && session.module.spec().institutionTypes().contains(institution.type()))
                    .toList();
            if (!audience.isEmpty()) {
                session.reservation = new Reservation(audience.get(random.nextInt(audience.size())),
                        2 + random.nextInt(3));
            }
        }
    }

    static void write(Connection connection, List<Session> sessions) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (Session session : sessions) {
            rows.add(new Object[] {session.module.id(), session.code, session.capacity, session.seatsTaken,
                    session.enrolmentDeadline(), session.cancellationDeadline(), session.startsOn, session.endsOn,
                    session.status, session.educators});
        }
        DemoJdbc.batch(connection, "INSERT INTO course_session (module_id, code, capacity, seats_taken, "
                + "enrolment_deadline, cancellation_deadline, starts_on, ends_on, status, educators) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        Map<String, Long> ids = sessionIds(connection);
        List<Object[]> meetings = new ArrayList<>();
        List<Object[]> reservations = new ArrayList<>();
        for (Session session : sessions) {
            session.id = ids.get(session.code);
            for (Meeting meeting : session.meetings) {
                meetings.add(new Object[] {session.id, meeting.date(), meeting.start(), meeting.end(), meeting.venue(),
                        meeting.onlineLink()});
            }
            if (session.reservation != null) {
                reservations.add(new Object[] {session.id, session.reservation.institution().id(),
                        session.reservation.seats()});
            }
        }
        DemoJdbc.batch(connection, "INSERT INTO session_meeting (session_id, meeting_date, start_time, end_time, venue, "
                + "online_link) VALUES (?, ?, ?, ?, ?, ?)", meetings);
        DemoJdbc.batch(connection, "INSERT INTO session_reservation (session_id, institution_id, seats) VALUES (?, ?, ?)",
                reservations);
    }

    private static Map<String, Long> sessionIds(Connection connection) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT code, id FROM course_session");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                ids.put(result.getString(1), result.getLong(2));
            }
        }
        return ids;
    }

    Session session(Module module, String code, LocalDate start) {
        ModuleSpec spec = module.spec();
        int capacity = spec.capacity() != null ? spec.capacity() : switch (spec.format()) {
            case "SUPERVISION" -> 12 + random.nextInt(3);
            case "ONLINE", "E_LEARNING" -> 25 + random.nextInt(6);
            default -> 16 + random.nextInt(11);
        };
        return new Session(module, code, capacity, educators(spec), meetings(spec, start), today);
    }

    private String educators(ModuleSpec spec) {
        List<String> available = spec.provider().educators();
        int first = random.nextInt(available.size());
        if (available.size() == 1 || random.nextBoolean()) {
            return available.get(first);
        }
        return available.get(first) + " og " + available.get((first + 1) % available.size());
    }

    private List<Meeting> meetings(ModuleSpec spec, LocalDate start) {
        double hours = spec.hours().doubleValue();
        int count = switch (spec.format()) {
            case "E_LEARNING" -> 1;
            case "ONLINE" -> meetingCount(hours / 2);
            case "SUPERVISION" -> meetingCount(hours / 2.5);
            default -> meetingCount(hours / 7);
        };
        int gapDays = switch (spec.format()) {
            case "ONLINE" -> 7;
            case "SUPERVISION" -> 21;
            default -> hours > 30 ? 28 : 14;
        };
        double perMeeting = Math.min(hours / count, 6.5);
        LocalTime from = perMeeting >= 5 ? LocalTime.of(9, 0) : LocalTime.of(13, 0);
        LocalTime to = from.plusMinutes(Math.round(perMeeting * 2) * 30 + (perMeeting >= 5 ? 30 : 0));
        String venue = venue(spec);
        String onlineLink = onlineLink(spec, start);
        List<Meeting> meetings = new ArrayList<>();
        LocalDate day = start;
        for (int i = 0; i < count; i++) {
            meetings.add(new Meeting(day, from, to, venue, onlineLink));
            day = workday(outsideHolidays(day.plusDays(gapDays)));
        }
        return meetings;
    }

    private static int meetingCount(double meetings) {
        return Math.max(1, Math.min(4, (int) Math.ceil(meetings)));
    }

    private String venue(ModuleSpec spec) {
        if (spec.format().equals("ONLINE") || spec.format().equals("E_LEARNING")) {
            return null;
        }
        List<String> venues = spec.provider().venues();
        return venues.get(random.nextInt(venues.size()));
    }

    private static String onlineLink(ModuleSpec spec, LocalDate start) {
        String code = spec.code().toLowerCase(Locale.ROOT);
        return switch (spec.format()) {
            case "ONLINE" -> "https://moede.kommune.dk/" + code + "-" + start;
            case "E_LEARNING" -> "https://laering.kommune.dk/" + code;
            default -> null;
        };
    }

    LocalDate outsideHolidays(LocalDate day) {
        if (day.getMonth() == Month.JULY) {
            return day.withMonth(8).withDayOfMonth(8 + random.nextInt(14));
        }
        if (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() > 18) {
            return day.plusYears(1).withMonth(1).withDayOfMonth(6 + random.nextInt(14));
        }
        return day;
    }

    static LocalDate workday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }
}
