package dk.kompetence.web.ui.catalogue;

import dk.kompetence.application.CatalogueService;
import dk.kompetence.application.EnrolmentRequest;
import dk.kompetence.application.EnrolmentService;
import dk.kompetence.application.SessionService;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentSearch;
import dk.kompetence.domain.session.SessionSearch;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.web.api.EnrolmentView;
import dk.kompetence.web.api.ModuleView;
import dk.kompetence.web.api.SessionView;
import dk.kompetence.web.ui.Messages;
import dk.kompetence.web.ui.Persona;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A module with its coming sessions and free seats; an employee enrols here. */
@Named
@ViewScoped
public class ModulePage implements Serializable {

    @Inject
    CatalogueService catalogue;

    @Inject
    SessionService sessions;

    @Inject
    EnrolmentService enrolments;

    @Inject
    Clock clock;

    @Inject
    Persona persona;

    private Long id;
    private ModuleView module;
    private List<SessionView> coming;
    private List<EnrolmentView> mine;

    public void load() {
        if (id == null) {
            return;
        }
        module = ModuleView.of(catalogue.module(id));
        LocalDate today = LocalDate.now(clock);
        coming = sessions.search(new SessionSearch(id, null, null, today, null, false), new PageRequest(0, 50, "startsOn"))
                .items().stream().map(s -> SessionView.of(s, today)).toList();
        mine = persona.getPersonId() == null ? List.of()
                : enrolments.enrolments(new EnrolmentSearch(persona.getPersonId(), null, null, null),
                        new PageRequest(0, 200, "requestedAt")).items().stream().map(EnrolmentView::of).toList();
    }

    public void enrol(long sessionId) {
        Enrolment enrolment = Messages.attempt(
                () -> enrolments.enrol(new EnrolmentRequest(sessionId, persona.getPersonId())), "sessions", Map.of());
        if (enrolment != null) {
            EnrolmentView view = EnrolmentView.of(enrolment);
            switch (view.status()) {
                case CONFIRMED -> Messages.info("enrol.confirmed", module.title());
                case WAITLISTED -> Messages.info("enrol.waitlisted", view.waitlistPosition());
                default -> Messages.info("enrol.requested");
            }
        }
        load();
    }

    /** The current user's active or finished enrolment on that session, if any. */
    public Optional<EnrolmentView> myEnrolment(long sessionId) {
        return mine.stream().filter(e -> e.sessionId() == sessionId).reduce((first, later) -> later);
    }

    public boolean canEnrol(SessionView session) {
        return persona.is("EMPLOYEE") && myEnrolment(session.id()).map(e -> !e.status().isActive()).orElse(true)
                && (session.status() == dk.kompetence.domain.session.SessionStatus.OPEN
                || session.status() == dk.kompetence.domain.session.SessionStatus.FULL);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ModuleView getModule() {
        return module;
    }

    public List<SessionView> getComing() {
        return coming;
    }
}
