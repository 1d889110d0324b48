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
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

@Stateless
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
    EntityManager entityManager;

    @Inject
    Clock clock;

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
    public CourseSession providerSession(long providerId, long sessionId) {
        return sessions.find(sessionId).filter(s -> s.getModule().getProvider().getId() == providerId)
                .orElseThrow(unknown("Hold", sessionId));
    }

    public CourseSession plan(@NotNull @Valid SessionPlan plan) {
        CourseModule module = modules.find(plan.moduleId()).orElseThrow(unknown("Modul", plan.moduleId()));
        List<MeetingPlan> meetings = plan.meetings().stream()
                .map(m -> new MeetingPlan(new TimeSlot(m.date(), m.start(), m.end()), m.venue(), m.onlineLink()))
                .toList();
        CourseSession session = new CourseSession(module, plan.code().strip(), plan.capacity(),
                plan.enrolmentDeadline(), plan.cancellationDeadline(), meetings, plan.educators());
        if (plan.reservedSeats() != null) {
            plan.reservedSeats().forEach((institutionId, seats) -> session.reserve(
                    institutions.find(institutionId).orElseThrow(unknown("Institution", institutionId)), seats));
        }
        if (plan.openForEnrolment()) {
            session.open();
        }
        sessions.add(session);
        entityManager.flush();
        return session;
    }

    public CourseSession update(long id, long expectedVersion, @NotNull @Valid SessionChanges changes) {
        CourseSession session = sessions.findForUpdate(id).orElseThrow(unknown("Hold", id));
        Versions.check("Holdet", session.getVersion(), expectedVersion);
        session.changeDeadlines(changes.enrolmentDeadline(), changes.cancellationDeadline());
        List<Enrolment> promoted = session.changeCapacity(changes.capacity(), LocalDate.now(clock));
        notifier.promoted(promoted, now());
        entityManager.flush();
        return session;
    }

    public CourseSession open(long id) {
        CourseSession session = sessions.findForUpdate(id).orElseThrow(unknown("Hold", id));
        session.open();
        return session;
    }

    public CourseSession cancel(long id) {
        CourseSession session = sessions.findForUpdate(id).orElseThrow(unknown("Hold", id));
        List<Person> affected = session.cancel(now());
        notifier.sessionCancelled(session, affected, now());
        return session;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
