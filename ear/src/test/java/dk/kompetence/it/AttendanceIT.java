package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.application.Attendance;
import dk.kompetence.application.AttendanceLine;
import dk.kompetence.application.AttendanceSheet;
import dk.kompetence.application.CatalogueService;
import dk.kompetence.application.EnrolmentRequest;
import dk.kompetence.application.EnrolmentService;
import dk.kompetence.application.MeetingForm;
import dk.kompetence.application.ModuleForm;
import dk.kompetence.application.OrganisationService;
import dk.kompetence.application.PeopleService;
import dk.kompetence.application.PersonForm;
import dk.kompetence.application.SessionPlan;
import dk.kompetence.application.SessionService;
import dk.kompetence.application.UnknownEntityException;
import dk.kompetence.domain.catalogue.DeliveryFormat;
import dk.kompetence.domain.catalogue.Provider;
import dk.kompetence.domain.organisation.InstitutionSearch;
import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.person.PersonKind;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The educator's attendance sheet inside WildFly, with a settable clock: enrolled before the
 * session, recorded after it. The browser cannot wait for a session to start; this can.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {

    private static final LocalDate FIRST_DAY = LocalDate.of(2032, 3, 2);
    private static final LocalDate LAST_DAY = FIRST_DAY.plusDays(7);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(AttendanceIT.class, SettableClock.class);
    }

    @Inject
    SettableClock clock;

    @Inject
    CatalogueService catalogue;

    @Inject
    SessionService sessions;

    @Inject
    EnrolmentService enrolments;

    @Inject
    PeopleService people;

    @Inject
    OrganisationService organisation;

    long provider;
    long module;
    long session;
    Enrolment kirsten;
    Enrolment søren;
    Enrolment åse;

    @BeforeEach
    void sessionWithThreeParticipants() {
        AsUser.run("hr", () -> {
            clock.setToday(FIRST_DAY.minusMonths(1));
            String run = Long.toString(System.nanoTime(), 36);
            provider = catalogue.providers().get(0).getId();
            module = catalogue.createDraft(new ModuleForm("FREM-" + run, "Pædagogisk analyse – fremmøde", null,
                    provider, DeliveryFormat.IN_PERSON, new BigDecimal("12.5"), null, null, null, false, Set.of(), Set.of(),
                    Set.of(), Set.of(), Set.of())).getId();
            catalogue.publish(module);
            session = sessions.plan(new SessionPlan(module, "FREM-H-" + run, 10, FIRST_DAY.minusDays(7),
                    FIRST_DAY.minusDays(3), List.of(meeting(FIRST_DAY), meeting(LAST_DAY)), "Mette Holm, KP", Map.of(),
                    true)).getId();
            kirsten = enrol("Kirsten", "Andersen");
            søren = enrol("Søren", "Bæk");
            åse = enrol("Åse", "Carlsen");
        });
    }

    @Test
    void oneSheetCompletesOneMarksAnotherNoShowAndLeavesTheUndecidedEnrolled() {
        AsUser.run("hr", () -> {
            clock.setToday(LAST_DAY.plusDays(1));

            List<Enrolment> changed = enrolments.recordAttendance(session, new AttendanceSheet(LAST_DAY, List.of(
                    line(kirsten, Attendance.COMPLETED, null), line(søren, Attendance.NO_SHOW, null),
                    line(åse, Attendance.UNDECIDED, null))));

            assertEquals(2, changed.size());
            assertEquals(EnrolmentStatus.COMPLETED, status(kirsten));
            assertEquals(EnrolmentStatus.NO_SHOW, status(søren));
            assertEquals(EnrolmentStatus.CONFIRMED, status(åse));
            Enrolment completed = enrolments.enrolment(kirsten.getId());
            assertEquals(LAST_DAY, completed.getCompletedOn());
            assertEquals(0, new BigDecimal("12.5").compareTo(completed.getCompletedHours()), "the module's hours by default");
            assertEquals(1, people.history(kirsten.getPerson().getId()).size(), "counts in the history");
        });
    }

    @Test
    void savingTheSameSheetTwiceChangesNothingTheSecondTimeAndANoShowMayStillComplete() {
        AsUser.run("hr", () -> {
            clock.setToday(LAST_DAY.plusDays(1));
            AttendanceSheet sheet = new AttendanceSheet(LAST_DAY, List.of(line(kirsten, Attendance.COMPLETED, null),
                    line(søren, Attendance.NO_SHOW, null)));
            enrolments.recordAttendance(session, sheet);

            assertEquals(List.of(), enrolments.recordAttendance(session, sheet));

            enrolments.recordAttendance(session, new AttendanceSheet(LAST_DAY,
                    List.of(line(søren, Attendance.COMPLETED, new BigDecimal("6.0")))));
            assertEquals(EnrolmentStatus.COMPLETED, status(søren));
            assertEquals(0, new BigDecimal("6.0").compareTo(enrolments.enrolment(søren.getId()).getCompletedHours()));
        });
    }

    @Test
    void aRefusedLineRollsBackTheWholeSheetAndNamesTheParticipant() {
        AsUser.run("hr", () -> {
            clock.setToday(FIRST_DAY);

            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> enrolments.recordAttendance(session, new AttendanceSheet(LAST_DAY, List.of(
                            line(kirsten, Attendance.NO_SHOW, null), line(søren, Attendance.COMPLETED, null)))));

            assertEquals(Rule.INVALID_DATES, refused.rule());
            assertTrue(refused.getMessage().startsWith("Søren Bæk: "), refused.getMessage());
            assertEquals(EnrolmentStatus.CONFIRMED, status(kirsten), "rolled back");
        });
    }

    @Test
    void attendanceBeforeTheFirstMeetingIsRefused() {
        AsUser.run("hr", () -> {
            clock.setToday(FIRST_DAY.minusDays(1));

            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> enrolments.recordAttendance(session, new AttendanceSheet(FIRST_DAY.minusDays(1),
                            List.of(line(kirsten, Attendance.NO_SHOW, null)))));

            assertEquals(Rule.SESSION_NOT_STARTED, refused.rule());
        });
    }

    @Test
    void invalidHoursAreReportedForTheirLine() {
        AsUser.run("hr", () -> {
            clock.setToday(LAST_DAY.plusDays(1));

            ConstraintViolationException invalid = assertThrows(ConstraintViolationException.class,
                    () -> enrolments.recordAttendance(session, new AttendanceSheet(LAST_DAY, List.of(
                            line(kirsten, Attendance.COMPLETED, null), line(søren, Attendance.COMPLETED, BigDecimal.ZERO)))));

            assertEquals(1, invalid.getConstraintViolations().size());
            assertTrue(invalid.getConstraintViolations().iterator().next().getPropertyPath().toString()
                    .endsWith("lines[1].hours"), invalid.getMessage());
        });
    }

    @Test
    void anEnrolmentOfAnotherSessionIsUnknownOnThisSheet() {
        AsUser.run("hr", () -> {
            clock.setToday(FIRST_DAY.minusMonths(1));
            long other = sessions.plan(new SessionPlan(module,
                    "ANDET-" + Long.toString(System.nanoTime(), 36), 5, FIRST_DAY.plusMonths(1).minusDays(7),
                    FIRST_DAY.plusMonths(1).minusDays(3), List.of(meeting(FIRST_DAY.plusMonths(1))), null, Map.of(), true))
                    .getId();
            clock.setToday(LAST_DAY.plusDays(1));

            assertThrows(UnknownEntityException.class, () -> enrolments.recordAttendance(other,
                    new AttendanceSheet(LAST_DAY, List.of(line(kirsten, Attendance.COMPLETED, null)))));
        });
    }

    @Test
    void participantsAreTheSeatHoldersByNameAndOnlyTheOwnProviderSeesTheSession() {
        AsUser.run("hr", () -> {
            assertEquals(List.of("Kirsten Andersen", "Søren Bæk", "Åse Carlsen"), enrolments.participants(session).stream()
                    .map(e -> e.getPerson().getFullName()).toList());
            assertEquals(session, sessions.providerSession(provider, session).getId());

            long otherProvider = catalogue.providers().stream().map(Provider::getId).filter(id -> id != provider)
                    .findFirst().orElseThrow();
            assertThrows(UnknownEntityException.class, () -> sessions.providerSession(otherProvider, session));
        });
    }

    private Enrolment enrol(String firstName, String lastName) {
        long school = organisation.institutions(new InstitutionSearch(null, InstitutionType.SCHOOL, null),
                PageRequest.first(50)).items().stream().filter(i -> !i.isApprovalRequired()).findFirst()
                .orElseThrow().getId();
        long person = people.create(new PersonForm(PersonKind.EMPLOYEE, firstName, lastName, null, null, null,
                JobRole.TEACHER, LocalDate.of(2015, 8, 1), null, school, BigDecimal.ONE)).getId();
        return enrolments.enrol(new EnrolmentRequest(session, person));
    }

    private EnrolmentStatus status(Enrolment enrolment) {
        return enrolments.enrolment(enrolment.getId()).getStatus();
    }

    private static AttendanceLine line(Enrolment enrolment, Attendance attendance, BigDecimal hours) {
        return new AttendanceLine(enrolment.getId(), attendance, hours);
    }

    private static MeetingForm meeting(LocalDate day) {
        return new MeetingForm(day, LocalTime.of(9, 0), LocalTime.of(15, 0), "Kulturhuset, sal 1", null);
    }
}
