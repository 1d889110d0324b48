package dk.kompetence.db;

import dk.kompetence.db.DemoPeople.Person;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Learning outside courses: supervision, learning communities and network meetings. */
final class DemoActivities {

    record Activity(String kind, String title, List<String> roles) {
    }

    static final List<Activity> ACTIVITIES = List.of(
            new Activity("NETWORK_MEETING", "Netværksmøde for inklusionsvejledere",
                    List.of("TEACHER", "PEDAGOGUE", "RESOURCE_PERSON")),
            new Activity("SUPERVISION", "Supervision ved PPR", List.of("PEDAGOGUE", "TEACHER", "PEDAGOGICAL_ASSISTANT")),
            new Activity("LEARNING_COMMUNITY", "Læringsfællesskab om co-teaching", List.of("TEACHER")),
            new Activity("LEARNING_COMMUNITY", "Kollegial sparring i teamet om pædagogisk analyse",
                    List.of("PEDAGOGUE", "PEDAGOGICAL_ASSISTANT")),
            new Activity("NETWORK_MEETING", "Netværk for ressourcepersoner i kompetencecentret",
                    List.of("RESOURCE_PERSON")),
            new Activity("OTHER", "Oplæg ved PPR's logopæder om børns sproglige udvikling",
                    List.of("PEDAGOGUE", "PEDAGOGICAL_ASSISTANT", "UNTRAINED_ASSISTANT")),
            new Activity("SUPERVISION", "Faglig supervision i Familier og Sundhed",
                    List.of("SOCIAL_WORKER", "HEALTH_VISITOR", "PSYCHOLOGIST")),
            new Activity("NETWORK_MEETING", "Netværksmøde i SSP-samarbejdet", List.of("SSP_WORKER")),
            new Activity("OTHER", "Fagdag om mellemformer og inkluderende læringsmiljøer", List.of("TEACHER", "LEADER")));

    static final List<BigDecimal> HOURS = List.of(new BigDecimal("1.5"), new BigDecimal("2.0"),
            new BigDecimal("2.5"), new BigDecimal("3.0"));
    private static final int COUNT = 150;

    private final Random random;
    private final LocalDateTime now;

    DemoActivities(Random random, LocalDateTime now) {
        this.random = random;
        this.now = now;
    }

    void write(Connection connection, List<Person> people) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        while (rows.size() < COUNT) {
            Activity activity = ACTIVITIES.get(random.nextInt(ACTIVITIES.size()));
            LocalDate day = now.toLocalDate().minusDays(1 + random.nextInt(720));
            Person person = participant(activity, day, people);
            if (person != null) {
                LocalDateTime recordedAt = day.plusDays(1).atTime(9, random.nextInt(60));
                rows.add(new Object[] {person.id(), activity.kind(), activity.title(), day,
                        HOURS.get(random.nextInt(HOURS.size())), "demo", recordedAt.isAfter(now) ? now : recordedAt});
            }
        }
        DemoJdbc.batch(connection, "INSERT INTO completion (person_id, activity_kind, title, completed_on, hours, "
                + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private Person participant(Activity activity, LocalDate day, List<Person> people) {
        List<Person> present = people.stream()
                .filter(person -> activity.roles().contains(person.audienceRole()) && person.membershipOn(day) != null)
                .toList();
        return present.isEmpty() ? null : present.get(random.nextInt(present.size()));
    }
}
