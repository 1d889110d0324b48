package dk.kompetence.web.ui.mine;

import dk.kompetence.application.CalendarService;
import dk.kompetence.application.EnrolmentService;
import dk.kompetence.application.PeopleService;
import dk.kompetence.domain.session.EnrolmentSearch;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.web.api.CompletionView;
import dk.kompetence.web.api.EnrolmentView;
import dk.kompetence.web.ui.Messages;
import dk.kompetence.web.ui.Persona;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Mine kurser: my enrolments with their status, my history with hours, and my calendar feed's address. */
@Named
@ViewScoped
public class MyCourses implements Serializable {

    @Inject
    transient EnrolmentService enrolments;

    @Inject
    transient PeopleService people;

    @Inject
    transient CalendarService calendars;

    @Inject
    Persona persona;

    private List<EnrolmentView> current;
    private List<CompletionView> history;
    private String feedToken;

    @PostConstruct
    void load() {
        if (persona.getPersonId() == null) {
            current = List.of();
            history = List.of();
            return;
        }
        current = enrolments.enrolments(new EnrolmentSearch(persona.getPersonId(), null, null, null),
                new PageRequest(0, 200, "requestedAt,desc")).items().stream().map(EnrolmentView::of)
                .filter(e -> e.status().isActive()).toList();
        history = people.history(persona.getPersonId()).stream().map(CompletionView::of).toList();
        feedToken = calendars.feedToken();
    }

    public void renewFeed() {
        feedToken = calendars.renewFeedToken();
        Messages.info("mine.feed.renewed");
    }

    /** The feed's full address, on the host the person reached us by, for pasting into a calendar program. */
    public String getFeedUrl() {
        if (feedToken == null) {
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String port = external.getRequestServerPort() == ("https".equals(external.getRequestScheme()) ? 443 : 80)
                ? "" : ":" + external.getRequestServerPort();
        return external.getRequestScheme() + "://" + external.getRequestServerName() + port
                + external.getRequestContextPath() + CalendarFeedServlet.path(feedToken);
    }

    public void cancel(long enrolmentId) {
        if (Messages.attempt(() -> enrolments.cancel(enrolmentId), "mine", Map.of()) != null) {
            Messages.info("enrolment.cancelled");
        }
        load();
    }

    public BigDecimal getTotalHours() {
        return history.stream().map(CompletionView::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<EnrolmentView> getCurrent() {
        return current;
    }

    public List<CompletionView> getHistory() {
        return history;
    }
}
