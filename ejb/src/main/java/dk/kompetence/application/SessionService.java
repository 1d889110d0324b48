package dk.kompetence.application;

import static dk.kompetence.application.UnknownEntityException.unknown;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.CourseModuleRepository;
import dk.kompetence.domain.organisation.InstitutionRepository;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.session.CourseSession;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.MeetingPlan;
import dk.kompetence.domain.session.SessionRepository;
import dk.kompetence.domain.session.SessionSearch;
import dk.kompetence.domain.session.TimeSlot;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Anyone may see the sessions of the catalogue; providers plan their own, HR all. */
@Stateless
@PermitAll
public class SessionService {

    @Inject
    SessionRepository sessions;

    @Inject
    CourseModuleRepository modules;

    @Inject
    InstitutionRepository institutions;

    @Inject
    Notifier notifier;

    @Inject
    CalendarInvitations calendars;

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

    @Inject
    CurrentUser currentUser;

    public Page<CourseSession> search(@NotNull @Valid SessionSearch search, @NotNull @Valid PageRequest page) {
        return sessions.search(search, page, LocalDate.now(clock));
    }

    public CourseSession session(long id) {
        return sessions.find(id).orElseThrow(unknown("Hold", id));
    }

    /**
     * A session of one of the provider's own modules. Another provider's session is reported as
     * unknown, so an educator cannot even learn that it exists.
     */
    @RolesAllowed({CurrentUser.EDUCATOR, CurrentUser.HR})
    public CourseSession providerSession(long providerId, long sessionId) {
        currentUser.requireHrOrProvider(providerId);
        return sessions.find(sessionId).filter(s -> s.getModule().getProvider().getId() == providerId)
                .orElseThrow(unknown("Hold", sessionId));
    }

    @RolesAllowed({CurrentUser.EDUCATOR, CurrentUser.HR})
    public CourseSession plan(@NotNull @Valid SessionPlan plan) {
        CourseModule module = modules.find(plan.moduleId()).orElseThrow(unknown("Modul", plan.moduleId()));
        currentUser.requireHrOrProvider(module.getProvider().getId());
        List<MeetingPlan> meetings = plan.meetings().stream()
                .map(m -> new MeetingPlan(new TimeSlot(m.date(), m.start(), m.end()), m.venue(), m.onlineLink()))
                .toList();
        CourseSession session = new CourseSession(module, plan.code().strip(), plan.capacity(),
                plan.enrolmentDeadline(), plan.cancellationDeadline(), meetings, plan.educators());
        if (plan.reservedSeats() != null) {
            plan.reservedSeats().forEach((institutionId, seats) -> session.reserve(
                    institutions.find(institutionId).orElseThrow(unknown("Institution", institutionId)), seats,
                    budgets.seatFunding()));
        }
        if (plan.openForEnrolment()) {
            session.open();
        }
        sessions.add(session);
        entityManager.flush();
        audited("SESSION_PLANNED", session);
        return session;
    }

    @RolesAllowed({CurrentUser.EDUCATOR, CurrentUser.HR})
    public CourseSession update(long id, long expectedVersion, @NotNull @Valid SessionChanges changes) {
        CourseSession session = ownLockedSession(id);
        Versions.check("Holdet", session.getVersion(), expectedVersion);
        budgets.lockBudgets(session, session.waitlisted().stream().map(Enrolment::institutionId).toList());
        session.changeDeadlines(changes.enrolmentDeadline(), changes.cancellationDeadline());
        List<Enrolment> promoted = session.changeCapacity(changes.capacity(), LocalDate.now(clock), budgets.seatFunding());
        budgets.requireFunds(promoted);
        notifier.promoted(promoted, now());
        calendars.refresh(session, now());
        entityManager.flush();
        audited("SESSION_CHANGED", session);
        return session;
    }

    /**
     * Moves one meeting (mødegang) or changes its place; everyone with a seat gets the updated
     * invitation. Checked against the session's version like any other change of the session.
     */
    @RolesAllowed({CurrentUser.EDUCATOR, CurrentUser.HR})
    public CourseSession changeMeeting(long id, long meetingId, long expectedVersion, @NotNull @Valid MeetingForm form) {
        CourseSession session = ownLockedSession(id);
        Versions.check("Holdet", session.getVersion(), expectedVersion);
        if (session.getMeetings().stream().noneMatch(m -> m.getId() == meetingId)) {
            throw new UnknownEntityException("Mødegang på holdet " + session.getCode(), meetingId);
        }
        session.changeMeeting(meetingId, new MeetingPlan(new TimeSlot(form.date(), form.start(), form.end()),
                form.venue(), form.onlineLink()));
        entityManager.lock(session, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        calendars.refresh(session, now());
        entityManager.flush();
        audit.record("MEETING_CHANGED", "CourseSession", session.getId(), null, session.getCode() + ": mødegang "
                + meetingId + " " + form.date() + " " + form.start() + "-" + form.end());
        return session;
    }

    @RolesAllowed({CurrentUser.EDUCATOR, CurrentUser.HR})
    public CourseSession open(long id) {
        CourseSession session = ownLockedSession(id);
        session.open();
        audited("SESSION_OPENED", session);
        return session;
    }

    @RolesAllowed({CurrentUser.EDUCATOR, CurrentUser.HR})
    public CourseSession cancel(long id) {
        CourseSession session = ownLockedSession(id);
        List<Person> affected = session.cancel(now());
        coverageSummary.peopleChanged(affected.stream().map(Person::getId).toList());
        notifier.sessionCancelled(session, affected, now());
        calendars.refresh(session, now());
        audited("SESSION_CANCELLED", session);
        return session;
    }

    private void audited(String action, CourseSession session) {
        audit.record(action, "CourseSession", session.getId(), null, session.getCode() + ": " + session.getSeatsTaken()
                + "/" + session.getCapacity() + " " + session.getStatus());
    }

    private CourseSession ownLockedSession(long id) {
        CourseSession session = sessions.findForUpdate(id).orElseThrow(unknown("Hold", id));
        currentUser.requireHrOrProvider(session.getModule().getProvider().getId());
        return session;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
