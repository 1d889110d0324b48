package dk.kompetence.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.DeliveryFormat;
import dk.kompetence.domain.catalogue.Provider;
import dk.kompetence.domain.catalogue.ProviderKind;
import dk.kompetence.domain.organisation.Area;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.organisation.Municipality;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.session.CourseSession;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.domain.session.MeetingPlan;
import dk.kompetence.domain.session.PersonCommitments;
import dk.kompetence.domain.session.SeatFunding;
import dk.kompetence.domain.session.TimeSlot;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.function.Executable;

/**
 * Builds domain objects for plain unit tests. Entities get their database ids by reflection,
 * because some rules key on ids (seat reservations by institution id, commitments by module id).
 * All dates are fixed: "today" is {@link #TODAY}.
 */
public final class Fixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    public static final LocalDateTime NOW = TODAY.atTime(9, 0);

    /** The default session meets on these two Mondays. */
    public static final LocalDate FIRST_MEETING = LocalDate.of(2026, 12, 7);
    public static final LocalDate SECOND_MEETING = LocalDate.of(2026, 12, 14);
    /** Default deadlines: enrolment a week before the first meeting, cancellation ten days before. */
    public static final LocalDate ENROLMENT_DEADLINE = FIRST_MEETING.minusDays(7);   // 2026-11-30
    public static final LocalDate CANCELLATION_DEADLINE = FIRST_MEETING.minusDays(10); // 2026-11-27

    public static final LocalTime MEETING_START = LocalTime.of(9, 0);
    public static final LocalTime MEETING_END = LocalTime.of(15, 0);

    /** No budget stands in the way of a promotion from the waitlist. */
    public static final SeatFunding EVERY_SEAT_FUNDED = candidate -> true;

    public static final String HR = "hr@hillerod.dk";
    public static final String LEADER = "leder@skovlyskolen.dk";

    private static final AtomicLong SEQUENCE = new AtomicLong(1000);

    private Fixtures() {
    }

    // ---------------------------------------------------------------- ids

    /** Sets the private {@code id} field, looked up on the class or the nearest superclass declaring it. */
    public static <T> T withId(T entity, long id) {
        Class<?> type = entity.getClass();
        while (type != null) {
            try {
                Field field = type.getDeclaredField("id");
                field.setAccessible(true);
                field.set(entity, id);
                return entity;
            } catch (NoSuchFieldException e) {
                type = type.getSuperclass();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(entity.getClass() + " has no id field");
    }

    public static <T> T withId(T entity) {
        return withId(entity, SEQUENCE.incrementAndGet());
    }

    private static long next() {
        return SEQUENCE.incrementAndGet();
    }

    // ---------------------------------------------------------------- organisation

    public static Municipality municipality() {
        return withId(new Municipality("219", "Hillerød Kommune"));
    }

    public static Area area(String name) {
        return withId(new Area(municipality(), name));
    }

    public static Institution institution(String name, InstitutionType type) {
        return institution(name, type, area("Hillerød Øst"));
    }

    public static Institution institution(String name, InstitutionType type, Area area) {
        return withId(new Institution(area, name, type));
    }

    public static Institution school() {
        return institution("Skovlyskolen", InstitutionType.SCHOOL);
    }

    public static Institution otherSchool() {
        return institution("Ullerødskolen", InstitutionType.SCHOOL, area("Hillerød Nord"));
    }

    public static Institution daycare() {
        return institution("Børnehuset Æblehaven", InstitutionType.DAYCARE, area("Hillerød Syd"));
    }

    public static Institution association() {
        return institution("Spejderforeningen Ørnene", InstitutionType.ASSOCIATION, area("Hillerød Vest"));
    }

    // ---------------------------------------------------------------- catalogue

    public static Provider provider() {
        return withId(new Provider("Center for Børn, Unge og Læring", ProviderKind.INTERNAL));
    }

    public static CourseModule draftModule(String code, String title, String hours) {
        return withId(new CourseModule(code, title, provider(), DeliveryFormat.IN_PERSON, new BigDecimal(hours)));
    }

    /** A published module with the given hours and renewal period in months (null: never expires). */
    public static CourseModule publishedModule(String code, String title, String hours, Integer renewalMonths) {
        CourseModule module = draftModule(code, title, hours);
        module.setRules(renewalMonths, null, false);
        module.publish();
        return module;
    }

    public static CourseModule publishedModule() {
        return publishedModule("REL-" + next(), "Relationel kompetence – grundmodul", "14", null);
    }

    // ---------------------------------------------------------------- sessions

    public static MeetingPlan meeting(LocalDate date, LocalTime from, LocalTime to) {
        return new MeetingPlan(new TimeSlot(date, from, to), "Frederiksværksgade 2, Hillerød", null);
    }

    public static MeetingPlan meeting(LocalDate date) {
        return meeting(date, MEETING_START, MEETING_END);
    }

    /** A planned session meeting 09:00–15:00 on each date, deadlines 7 (enrolment) and 10 (cancellation) days before the first. */
    public static CourseSession session(CourseModule module, int seats, LocalDate... meetingDates) {
        List<MeetingPlan> plan = Arrays.stream(meetingDates).map(Fixtures::meeting).toList();
        LocalDate first = Arrays.stream(meetingDates).min(LocalDate::compareTo).orElseThrow();
        return session(module, seats, first.minusDays(7), first.minusDays(10), plan);
    }

    public static CourseSession session(CourseModule module, int seats, LocalDate enrolmentDeadline,
                                        LocalDate cancellationDeadline, List<MeetingPlan> plan) {
        return withId(new CourseSession(module, "HOLD-" + next(), seats, enrolmentDeadline, cancellationDeadline,
                plan, "Åse Lærkegård og Bjørn Østergaard"));
    }

    public static CourseSession openSession(CourseModule module, int seats, LocalDate... meetingDates) {
        CourseSession session = session(module, seats, meetingDates);
        session.open();
        return session;
    }

    /** An open session of a fresh published module on {@link #FIRST_MEETING} and {@link #SECOND_MEETING}. */
    public static CourseSession openSession(int seats) {
        return openSession(publishedModule(), seats, FIRST_MEETING, SECOND_MEETING);
    }

    // ---------------------------------------------------------------- people

    public static Person employee(String firstName, String lastName, JobRole role, LocalDate hireDate) {
        return withId(Person.employee(firstName, lastName, "L" + next(), role, hireDate));
    }

    public static Person employee(String firstName, String lastName) {
        return employee(firstName, lastName, JobRole.PEDAGOGUE, LocalDate.of(2019, 8, 1));
    }

    public static Person volunteer(String firstName, String lastName) {
        return withId(Person.volunteer(firstName, lastName, LocalDate.of(2025, 3, 1)));
    }

    // ---------------------------------------------------------------- enrolling

    public static LocalDateTime minutesAfterNow(int minutes) {
        return NOW.plusMinutes(minutes);
    }

    /** A normal (not pre-approved) enrolment today, with no other commitments. */
    public static Enrolment enrol(CourseSession session, Person person, Institution institution, LocalDateTime at) {
        return session.enrol(person, institution, PersonCommitments.none(), false, TODAY, at, HR);
    }

    public static Enrolment enrol(CourseSession session, Person person, LocalDateTime at) {
        return enrol(session, person, null, at);
    }

    // ---------------------------------------------------------------- assertions

    /** Runs the action, expects a rule violation and checks that it names the given rule. */
    public static RuleViolationException assertViolates(Rule rule, Executable action) {
        RuleViolationException e = assertThrows(RuleViolationException.class, action);
        assertEquals(rule, e.rule(), () -> "wrong rule; message was: " + e.getMessage());
        return e;
    }

    public static long count(CourseSession session, EnrolmentStatus status) {
        return session.getEnrolments().stream().filter(e -> e.getStatus() == status).count();
    }

    /** The invariant: seatsTaken equals the number of CONFIRMED + COMPLETED + NO_SHOW enrolments. */
    public static void assertSeatsTakenMatchesEnrolments(CourseSession session) {
        long holding = count(session, EnrolmentStatus.CONFIRMED) + count(session, EnrolmentStatus.COMPLETED)
                + count(session, EnrolmentStatus.NO_SHOW);
        assertEquals(holding, session.getSeatsTaken(),
                "seatsTaken must equal the number of CONFIRMED + COMPLETED + NO_SHOW enrolments");
    }
}
