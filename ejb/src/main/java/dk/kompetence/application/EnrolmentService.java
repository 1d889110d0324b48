package dk.kompetence.application;

import static dk.kompetence.application.UnknownEntityException.unknown;

import dk.kompetence.domain.budget.BudgetStatus.BudgetCheck;
import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.CourseModuleRepository;
import dk.kompetence.domain.completion.Completion;
import dk.kompetence.domain.completion.CompletionRepository;
import dk.kompetence.domain.organisation.Institution;
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
import jakarta.annotation.security.RolesAllowed;
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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Enrolment use cases. Every change to a session's enrolments first locks the session, so
 * concurrent requests for the last seats are decided one after the other.
 */
@Stateless
@RolesAllowed({CurrentUser.EMPLOYEE, CurrentUser.VOLUNTEER, CurrentUser.LEADER, CurrentUser.HR, CurrentUser.EDUCATOR})
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
    CalendarInvitations calendars;

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    CoverageSummaryUpdates coverageSummary;

    @Inject
    BudgetService budgets;

    @Inject
    Clock clock;

    public Enrolment enrol(@NotNull @Valid EnrolmentRequest request) {
        CourseSession session = lockedSession(request.sessionId());
        Person person = people.find(request.personId()).orElseThrow(unknown("Person", request.personId()));
        currentUser.requireMayActFor(person);
        LocalDate today = today();
        Institution institution = person.institutionOn(today).orElse(null);
        budgets.lockBudgets(session, Collections.singleton(institution == null ? null : institution.getId()));
        Enrolment enrolment = session.enrol(person, institution, sessions.commitmentsOf(person, today), false, today,
                now(), currentUser.name());
        audited("ENROLMENT_CREATED", enrolment);
        budgets.requireFunds(List.of(enrolment));
        coverageSummary.personChanged(person.getId());
        calendars.refresh(session, now());
        return enrolment;
    }

    @RolesAllowed({CurrentUser.LEADER, CurrentUser.HR})
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
            currentUser.requireMayActFor(person);
            team.add(new TeamMember(person, person.institutionOn(today).orElse(null),
                    sessions.commitmentsOf(person, today)));
        }
        budgets.lockBudgets(session, team.stream().map(TeamMember::institution).filter(Objects::nonNull)
                .map(Institution::getId).toList());
        List<Enrolment> enrolled = session.enrolTeam(team, request.mode(), today, now(), currentUser.name());
        enrolled.forEach(e -> audited("ENROLMENT_CREATED_FOR_TEAM", e));
        budgets.requireFunds(enrolled);
        coverageSummary.peopleChanged(team.stream().map(member -> member.person().getId()).toList());
        calendars.refresh(session, now());
        return enrolled;
    }

    /**
     * The leader's approval; when it gives a seat on a session the institution pays for, the
     * institution's budget decides too: a BLOCK budget refuses going beyond it (nothing changes),
     * a WARN budget lets it through and the answer carries the warning. Confirmed self-enrolments
     * and team enrolments meet the same rule; a request awaiting approval is counted as committed
     * but decided only here, so the leader sees it against the budget first.
     */
    @RolesAllowed({CurrentUser.LEADER, CurrentUser.HR})
    public Approval approve(long enrolmentId, @Size(max = 1000) String comment) {
        Enrolment enrolment = found(enrolmentId);
        currentUser.requireHrOrLeaderOf(enrolment.institutionId());
        CourseSession session = lockedSession(enrolment.getSession().getId());
        budgets.lockBudgets(session, Collections.singleton(enrolment.institutionId()));
        session.approve(enrolment, currentUser.name(), comment, today(), now());
        audited("ENROLMENT_APPROVED", enrolment);
        Optional<BudgetCheck> budget = budgets.requireFunds(List.of(enrolment)).stream().findFirst();
        notifier.decided(enrolment, now());
        calendars.refresh(session, now());
        return new Approval(enrolment, budget.map(BudgetCheck::after).orElse(null),
                budget.map(BudgetCheck::overBudgetWarning).orElse(false));
    }

    @RolesAllowed({CurrentUser.LEADER, CurrentUser.HR})
    public Enrolment reject(long enrolmentId, @NotBlank @Size(max = 1000) String comment) {
        Enrolment enrolment = found(enrolmentId);
        currentUser.requireHrOrLeaderOf(enrolment.institutionId());
        CourseSession session = lockedSession(enrolment.getSession().getId());
        session.reject(enrolment, currentUser.name(), comment, now());
        coverageSummary.personChanged(enrolment.getPerson().getId());
        notifier.decided(enrolment, now());
        audited("ENROLMENT_REJECTED", enrolment);
        return enrolment;
    }

    public Enrolment cancel(long enrolmentId) {
        Enrolment enrolment = found(enrolmentId);
        currentUser.requireMayActFor(enrolment.getPerson());
        CourseSession session = lockedSession(enrolment.getSession().getId());
        budgets.lockBudgets(session, Stream.concat(Stream.of(enrolment), session.waitlisted().stream())
                .map(Enrolment::institutionId).toList());
        List<Enrolment> promoted = session.cancel(enrolment, currentUser.mayOverrideDeadlines(), today(), now(),
                budgets.seatFunding());
        coverageSummary.personChanged(enrolment.getPerson().getId());
        notifier.promoted(promoted, now());
        calendars.refresh(session, now());
        audited("ENROLMENT_CANCELLED", enrolment);
        promoted.forEach(e -> audited("ENROLMENT_PROMOTED", e));
        budgets.requireFunds(promoted);
        return enrolment;
    }

    @RolesAllowed({CurrentUser.EDUCATOR, CurrentUser.HR})
    public Enrolment complete(long enrolmentId, @NotNull @Valid CompletionForm form) {
        Enrolment enrolment = found(enrolmentId);
        currentUser.requireHrOrProvider(enrolment.getSession().getModule().getProvider().getId());
        CourseSession session = lockedSession(enrolment.getSession().getId());
        complete(session, enrolment, form.completedOn(), form.hours());
        coverageSummary.personChanged(enrolment.getPerson().getId());
        audited("COMPLETION_RECORDED", enrolment);
        return enrolment;
    }

    @RolesAllowed({CurrentUser.EDUCATOR, CurrentUser.HR})
    public Enrolment markNoShow(long enrolmentId) {
        Enrolment enrolment = found(enrolmentId);
        currentUser.requireHrOrProvider(enrolment.getSession().getModule().getProvider().getId());
        CourseSession session = lockedSession(enrolment.getSession().getId());
        session.markNoShow(enrolment, currentUser.name(), today());
        coverageSummary.personChanged(enrolment.getPerson().getId());
        audited("NO_SHOW_RECORDED", enrolment);
        return enrolment;
    }

    /**
     * The educator's attendance sheet for a whole session, all or nothing: one refused line rolls
     * back the others, and its message names the participant. A line that repeats what is already
     * recorded (a no-show marked again) changes nothing, so the sheet can be saved twice.
     * Returns the enrolments that changed.
     */
    @RolesAllowed({CurrentUser.EDUCATOR, CurrentUser.HR})
    public List<Enrolment> recordAttendance(long sessionId, @NotNull @Valid AttendanceSheet sheet) {
        CourseSession session = lockedSession(sessionId);
        currentUser.requireHrOrProvider(session.getModule().getProvider().getId());
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
            audited(line.attendance() == Attendance.COMPLETED ? "COMPLETION_RECORDED" : "NO_SHOW_RECORDED", enrolment);
            changed.add(enrolment);
        }
        coverageSummary.peopleChanged(changed.stream().map(e -> e.getPerson().getId()).toList());
        return changed;
    }

    /** Who holds a seat on the session (confirmed, completed or no-show), by name. */
    @RolesAllowed({CurrentUser.EDUCATOR, CurrentUser.HR})
    public List<Enrolment> participants(long sessionId) {
        CourseSession session = sessions.find(sessionId).orElseThrow(unknown("Hold", sessionId));
        currentUser.requireHrOrProvider(session.getModule().getProvider().getId());
        return session.getEnrolments().stream()
                .filter(e -> e.getStatus().holdsSeat())
                .sorted(Comparator.comparing((Enrolment e) -> e.getPerson().getLastName())
                        .thenComparing(e -> e.getPerson().getFirstName()))
                .toList();
    }

    @RolesAllowed({CurrentUser.LEADER, CurrentUser.HR})
    public Completion recordActivity(long personId, @NotNull @Valid ActivityForm form) {
        Person person = people.find(personId).orElseThrow(unknown("Person", personId));
        currentUser.requireMayActFor(person);
        if (form.date().isAfter(today())) {
            throw new RuleViolationException(Rule.INVALID_DATES, "Aktiviteten kan først registreres, når den har fundet sted");
        }
        CourseModule countsAs = form.countsAsModuleId() == null ? null
                : modules.find(form.countsAsModuleId()).orElseThrow(unknown("Modul", form.countsAsModuleId()));
        Completion activity = Completion.activity(person, form.kind(), form.title().strip(), countsAs, form.date(),
                form.hours(), currentUser.name(), now());
        completions.add(activity);
        coverageSummary.personChanged(personId);
        audit.record("ACTIVITY_RECORDED", "Completion", activity.getId(), personId,
                form.kind() + ", " + form.hours() + " timer, " + form.date());
        return activity;
    }

    /** Seen by the person, their leader, the session's provider and HR. */
    public Enrolment enrolment(long id) {
        Enrolment enrolment = found(id);
        if (!currentUser.is(CurrentUser.EDUCATOR)) {
            currentUser.requireMayActFor(enrolment.getPerson());
        } else {
            currentUser.requireHrOrProvider(enrolment.getSession().getModule().getProvider().getId());
        }
        return enrolment;
    }

    private void audited(String action, Enrolment enrolment) {
        audit.record(action, "Enrolment", enrolment.getId(), enrolment.getPerson().getId(),
                "Hold " + enrolment.getSession().getCode() + ": " + enrolment.getStatus());
    }

    private Enrolment found(long id) {
        return sessions.findEnrolment(id).orElseThrow(unknown("Tilmelding", id));
    }

    /**
     * HR sees all; an educator a session of their own provider; a leader their institution's;
     * anyone else only their own.
     */
    public Page<Enrolment> enrolments(@NotNull @Valid EnrolmentSearch search, @NotNull @Valid PageRequest page) {
        if (!currentUser.isHr()) {
            search = restricted(search);
        }
        return sessions.enrolments(search, page);
    }

    private EnrolmentSearch restricted(EnrolmentSearch search) {
        if (currentUser.is(CurrentUser.EDUCATOR)) {
            Long session = search.sessionId();
            currentUser.requireHrOrProvider(session == null ? null
                    : sessions.find(session).map(s -> s.getModule().getProvider().getId()).orElse(null));
            return search;
        }
        if (currentUser.is(CurrentUser.LEADER) && search.personId() == null) {
            Long institution = search.institutionId() != null ? search.institutionId()
                    : currentUser.ledInstitutions().stream().min(Long::compare).orElse(null);
            currentUser.requireHrOrLeaderOf(institution);
            return new EnrolmentSearch(null, search.sessionId(), institution, search.status());
        }
        if (search.personId() != null && currentUser.is(CurrentUser.LEADER)) {
            currentUser.requireMayActFor(people.find(search.personId()).orElseThrow(unknown("Person", search.personId())));
            return search;
        }
        return new EnrolmentSearch(currentUser.personId() == null ? -1L : currentUser.personId(), search.sessionId(),
                null, search.status());
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
