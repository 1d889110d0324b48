package dk.kompetence.db;

import dk.kompetence.db.DemoCatalogue.Module;
import dk.kompetence.db.DemoSessions.Phase;
import dk.kompetence.db.DemoSessions.Session;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Sessions (hold) of every published and retired module, {@value #HISTORY_YEARS} years back and a
 * year ahead, shared out by demand (see plan). The demo makes each session (capacity,
 * educators, meetings outside the holidays). Sessions more than ten months ahead are only planned,
 * and about one in {@value #CANCELLED_ONE_IN} upcoming sessions has been called off.
 */
final class ScaleSessions {

    static final int HISTORY_YEARS = 6;
    private static final int PLANNED_AFTER_DAYS = 300;
    private static final int CANCELLED_ONE_IN = 80;
    private static final int TARGET_DEMAND = 12;

    private final Random random;
    private final LocalDate today;
    private final DemoSessions demo;

    ScaleSessions(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
        this.demo = new DemoSessions(random, today);
    }

    /**
     * Exactly {@code count} sessions in date order, with their status unless enrolments decide it.
     * A module runs as often as its audience is large and its runs per year (the demo's rhythm)
     * say, and the modules targets ask for {@value #TARGET_DEMAND} times as often again: a city
     * runs its mandatory courses every week, a niche course a few times a year.
     */
    List<Session> plan(List<Module> modules, int count, ToIntFunction<Module> audience) {
        List<Module> running = modules.stream()
                .filter(module -> List.of("PUBLISHED", "RETIRED").contains(module.spec().status()))
                .toList();
        Set<String> targeted = ScaleTargets.moduleCodes();
        Map<Module, Double> demand = new HashMap<>();
        for (Module module : running) {
            demand.put(module, (double) Math.max(1, audience.applyAsInt(module)) * module.spec().sessionsPerYear()
                    * (targeted.contains(module.spec().code()) ? TARGET_DEMAND : 1));
        }
        double totalWeight = demand.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Session> sessions = new ArrayList<>(count);
        Set<String> codes = new HashSet<>();
        double share = 0;
        for (Module module : running) {
            double before = share;
            share += demand.get(module) / totalWeight;
            runs(module, (int) (Math.round(share * count) - Math.round(before * count)), codes, sessions);
        }
        sessions.sort(Comparator.comparing((Session session) -> session.startsOn).thenComparing(session -> session.code));
        for (Session session : sessions) {
            if (session.phase == Phase.FUTURE) {
                if (ChronoUnit.DAYS.between(today, session.startsOn) > PLANNED_AFTER_DAYS) {
                    session.status = "PLANNED";
                } else if (random.nextInt(CANCELLED_ONE_IN) == 0) {
                    session.status = "CANCELLED";
                }
            }
        }
        return sessions;
    }

    /** Evenly spread runs over the module's years, a retired module's ending a year ago. */
    private void runs(Module module, int runs, Set<String> codes, List<Session> sessions) {
        LocalDate first = today.minusYears(HISTORY_YEARS);
        LocalDate last = module.spec().status().equals("RETIRED") ? today.minusYears(1) : today.plusYears(1);
        double spacing = (double) ChronoUnit.DAYS.between(first, last) / Math.max(1, runs);
        for (int i = 0; i < runs; i++) {
            LocalDate slot = first.plusDays((long) (i * spacing) + random.nextInt((int) Math.max(1, spacing / 2)));
            LocalDate start = DemoSessions.workday(demo.outsideHolidays(slot));
            String code = module.spec().code() + "-" + start;
            for (int n = 2; !codes.add(code); n++) {
                code = module.spec().code() + "-" + start + "-" + n;
            }
            sessions.add(demo.session(module, code, start));
        }
    }

    /** Holds back a few seats for one institution in some open sessions (the demo's rule). */
    void reserveSeats(List<Session> sessions, List<DemoOrganisation.Institution> institutions) {
        demo.reserveSeats(sessions, institutions);
    }
}
