package dk.kompetence.db;

import dk.kompetence.db.DemoActivities.Activity;
import dk.kompetence.db.DemoCatalogue.Module;
import dk.kompetence.db.DemoPeople.Person;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Completions that do not come from an enrolment: courses HR imported from the years before the
 * system (credited, "godskrevet", as activity OTHER with the module, many now expired), and the
 * demo's learning outside courses (supervision, learning communities, network meetings).
 */
final class ScaleLearning {

    private static final int MAX_FAILED_DRAWS = 10_000;
    /** Most imported courses are the ones the targets ask for: those were recorded before, too. */
    private static final int REQUIRED_PERCENT = 70;

    private final Random random;
    private final LocalDateTime now;
    private final List<Person> people;
    private final Map<String, List<Person>> byRole = new HashMap<>();

    ScaleLearning(Random random, LocalDateTime now, List<Person> people) {
        this.random = random;
        this.now = now;
        this.people = people;
        for (Person person : people) {
            byRole.computeIfAbsent(person.audienceRole(), role -> new ArrayList<>()).add(person);
        }
    }

    /** Up to {@code count} credited completions before the history of sessions starts. */
    void merits(OrderedBatches.Table completions, ScaleEnrolments enrolments, List<Module> modules, int count)
            throws SQLException {
        LocalDate systemStart = now.toLocalDate().minusYears(ScaleSessions.HISTORY_YEARS);
        List<Person> veterans = people.stream()
                .filter(person -> person.hireDate() != null && person.hireDate().isBefore(systemStart.minusYears(1)))
                .toList();
        List<Module> basics = modules.stream().filter(module -> module.spec().status().equals("PUBLISHED")).toList();
        Set<String> targeted = ScaleTargets.moduleCodes();
        List<Module> required = basics.stream().filter(module -> targeted.contains(module.spec().code())).toList();
        LocalDateTime imported = systemStart.atTime(9, 0);
        int written = 0;
        for (int failed = 0; written < count && !veterans.isEmpty() && failed < MAX_FAILED_DRAWS; ) {
            Person person = veterans.get(random.nextInt(veterans.size()));
            List<Module> from = random.nextInt(100) < REQUIRED_PERCENT ? required : basics;
            Module module = from.get(random.nextInt(from.size()));
            LocalDate day = person.hireDate().plusDays(random.nextInt(
                    (int) ChronoUnit.DAYS.between(person.hireDate(), systemStart)));
            if (enrolments.merit(person, module, day)) {
                completions.insert(person.id(), module.id(), null, "OTHER", module.spec().title(), day,
                        module.spec().hours(), "import", imported);
                written++;
                failed = 0;
            } else {
                failed++;
            }
        }
    }

    /** Exactly {@code count} activities over the years of history, by people present on the day. */
    void activities(OrderedBatches.Table completions, long count) throws SQLException {
        LocalDate today = now.toLocalDate();
        int days = ScaleSessions.HISTORY_YEARS * 365;
        for (long written = 0, failed = 0; written < count; ) {
            Activity activity = DemoActivities.ACTIVITIES.get(random.nextInt(DemoActivities.ACTIVITIES.size()));
            List<Person> candidates = byRole.getOrDefault(
                    activity.roles().get(random.nextInt(activity.roles().size())), List.of());
            LocalDate day = today.minusDays(1 + random.nextInt(days));
            Person person = candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
            if (person == null || person.membershipOn(day) == null) {
                if (++failed > MAX_FAILED_DRAWS) {
                    throw new IllegalStateException("Nobody in the municipality takes part in activities");
                }
                continue;
            }
            LocalDateTime recordedAt = day.plusDays(1).atTime(9, random.nextInt(60));
            completions.insert(person.id(), null, null, activity.kind(), activity.title(), day,
                    DemoActivities.HOURS.get(random.nextInt(DemoActivities.HOURS.size())), "demo",
                    recordedAt.isAfter(now) ? now : recordedAt);
            written++;
            failed = 0;
        }
    }
}
