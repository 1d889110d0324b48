package dk.kompetence.application;

import static dk.kompetence.application.UnknownEntityException.unknown;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.CourseModuleRepository;
import dk.kompetence.domain.completion.Completion;
import dk.kompetence.domain.completion.CompletionRepository;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.person.PersonRepository;
import dk.kompetence.domain.session.CourseSession;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentSearch;
import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.domain.session.SessionRepository;
import dk.kompetence.domain.session.TeamMember;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Enrolment use cases. Every change to a session's enrolments first locks the session, so
 * concurrent requests for the last seats are decided one after the other.
 */
@Stateless
public class EnrolmentService {

    @Inject
    SessionRepository sessions;

    @Inject
    PersonRepository people;

    @Inject
    CourseModuleRepository modules;

    @Inject
    CompletionRepository completions;

    @Inject
    Notifier notifier;

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    public Enrolment enrol(@NotNull @Valid EnrolmentRequest request) {
        CourseSession session = lockedSession(request.sessionId());
        Person person = people.find(request.personId()).orElseThrow(unknown("Person", request.personId()));
        LocalDate today = today();
        Enrolment enrolment = session.enrol(person, person.institutionOn(today).orElse(null),
                sessions.commitmentsOf(person, today), false, today, now(), currentUser.name());
        entityManager.flush();
        return enrolment;
    }

    public List<Enrolment> enrolTeam(@NotNull @Valid TeamEnrolmentRequest request) {
        CourseSession session = lockedSession(request.sessionId());
        LocalDate today = today();
        Map<Long, Person> found = people.findAll(request.personIds()).stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        List<TeamMember> team = new ArrayList<>();
        for (Long id : request.personIds().stream().distinct().toList()) {
            Person person = found.get(id);
            if (person == null) {
                throw new UnknownEntityException("Person", id);
            }
            team.add(new TeamMember(person, person.institutionOn(today).orElse(null),
                    sessions.commitmentsOf(person, today)));
        }
        List<Enrolment> enrolled = session.enrolTeam(team, request.mode(), today, now(), currentUser.name());
        entityManager.flush();
        return enrolled;
    }

    public Enrolment approve(long enrolmentId, @Size(max = 1000) String comment) {
        Enrolment enrolment = enrolment(enrolmentId);
        CourseSession session = lockedSession(enrolment.getSession().getId());
        session.approve(enrolment, currentUser.name(), comment, today(), now());
        notifier.decided(enrolment, now());
        return enrolment;
    }

    public Enrolment reject(long enrolmentId, @NotBlank @Size(max = 1000) String comment) {
        Enrolment enrolment = enrolment(enrolmentId);
        CourseSession session = lockedSession(enrolment.getSession().getId());
        session.reject(enrolment, currentUser.name(), comment, now());
        notifier.decided(enrolment, now());
        return enrolment;
    }

    public Enrolment cancel(long enrolmentId) {
        Enrolment enrolment = enrolment(enrolmentId);
        CourseSession session = lockedSession(enrolment.getSession().getId());
        List<Enrolment> promoted = session.cancel(enrolment, currentUser.mayOverrideDeadlines(), today(), now());
        notifier.promoted(promoted, now());
        return enrolment;
    }

    public Enrolment complete(long enrolmentId, @NotNull @Valid CompletionForm form) {
        Enrolment enrolment = enrolment(enrolmentId);
        CourseSession session = lockedSession(enrolment.getSession().getId());
        complete(session, enrolment, form.completedOn(), form.hours());
        entityManager.flush();
        return enrolment;
    }

    public Enrolment markNoShow(long enrolmentId) {
        Enrolment enrolment = enrolment(enrolmentId);
        CourseSession session = lockedSession(enrolment.getSession().getId());
        session.markNoShow(enrolment, currentUser.name(), today());
        return enrolment;
    }

    /**
     * The educator's attendance sheet for a whole session, all or nothing: one refused line rolls
     * back the others, and its message names the participant. A line that repeats what is already
     * recorded (a no-show marked again) changes nothing, so the sheet can be saved twice.
     * Returns the enrolments that changed.
     */
    public List<Enrolment> recordAttendance(long sessionId, @NotNull @Valid AttendanceSheet sheet) {
        CourseSession session = lockedSession(sessionId);
        Map<Long, Enrolment> own = session.getEnrolments().stream()
                .collect(Collectors.toMap(Enrolment::getId, Function.identity()));
        List<Enrolment> changed = new ArrayList<>();
        for (AttendanceLine line : sheet.lines()) {
            Enrolment enrolment = own.get(line.enrolmentId());
            if (enrolment == null) {
                throw new UnknownEntityException("Tilmelding på holdet " + session.getCode(), line.enrolmentId());
            }
            if (line.attendance() == Attendance.UNDECIDED || alreadyRecorded(enrolment, line.attendance())) {
                continue;
            }
            try {
                if (line.attendance() == Attendance.COMPLETED) {
                    complete(session, enrolment, sheet.completedOn(), line.hours());
                } else {
                    session.markNoShow(enrolment, currentUser.name(), today());
                }
            } catch (RuleViolationException e) {
                throw new RuleViolationException(e.rule(), enrolment.getPerson().getFullName() + ": " + e.getMessage());
            }
            changed.add(enrolment);
        }
        entityManager.flush();
        return changed;
    }

    /** Who holds a seat on the session (confirmed, completed or no-show), by name. */
    public List<Enrolment> participants(long sessionId) {
        return sessions.find(sessionId).orElseThrow(unknown("Hold", sessionId)).getEnrolments().stream()
                .filter(e -> e.getStatus().holdsSeat())
                .sorted(Comparator.comparing((Enrolment e) -> e.getPerson().getLastName())
                        .thenComparing(e -> e.getPerson().getFirstName()))
                .toList();
    }

    public Completion recordActivity(long personId, @NotNull @Valid ActivityForm form) {
        Person person = people.find(personId).orElseThrow(unknown("Person", personId));
        if (form.date().isAfter(today())) {
            throw new RuleViolationException(Rule.INVALID_DATES, "Aktiviteten kan først registreres, når den har fundet sted");
        }
        CourseModule countsAs = form.countsAsModuleId() == null ? null
                : modules.find(form.countsAsModuleId()).orElseThrow(unknown("Modul", form.countsAsModuleId()));
        Completion activity = Completion.activity(person, form.kind(), form.title().strip(), countsAs, form.date(),
                form.hours(), currentUser.name(), now());
        completions.add(activity);
        entityManager.flush();
        return activity;
    }

    public Enrolment enrolment(long id) {
        return sessions.findEnrolment(id).orElseThrow(unknown("Tilmelding", id));
    }

    public Page<Enrolment> enrolments(@NotNull @Valid EnrolmentSearch search, @NotNull @Valid PageRequest page) {
        return sessions.enrolments(search, page);
    }

    private void complete(CourseSession session, Enrolment enrolment, LocalDate on, BigDecimal hours) {
        session.complete(enrolment, on, hours, currentUser.name(), today());
        completions.add(Completion.of(enrolment, now()));
    }

    private static boolean alreadyRecorded(Enrolment enrolment, Attendance attendance) {
        return attendance == Attendance.NO_SHOW && enrolment.getStatus() == EnrolmentStatus.NO_SHOW
                || attendance == Attendance.COMPLETED && enrolment.getStatus() == EnrolmentStatus.COMPLETED;
    }

    private CourseSession lockedSession(long id) {
        return sessions.findForUpdate(id).orElseThrow(unknown("Hold", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
