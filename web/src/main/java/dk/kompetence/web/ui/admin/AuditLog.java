package dk.kompetence.web.ui.admin;

import dk.kompetence.application.AuditTrail;
import dk.kompetence.domain.audit.AuditSearch;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.web.api.AuditResource.AuditView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Revisionsspor for HR: filter by user, action, person and period; newest first. */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    @Inject
    AuditTrail audit;

    private String actor;
    private String action;
    private Long personId;
    private LocalDate from;
    private LocalDate to;
    private List<AuditView> events;

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        events = audit.search(new AuditSearch(blank(actor), blank(action), null, null, personId, from, to),
                new PageRequest(0, 200, "occurredAt,desc")).items().stream().map(AuditView::of).toList();
    }

    /** The CSV export with the same filters, for the download link. */
    public String getExportQuery() {
        StringBuilder query = new StringBuilder("?");
        if (blank(actor) != null) {
            query.append("actor=").append(java.net.URLEncoder.encode(actor, java.nio.charset.StandardCharsets.UTF_8)).append('&');
        }
        if (blank(action) != null) {
            query.append("action=").append(action).append('&');
        }
        if (personId != null) {
            query.append("person=").append(personId).append('&');
        }
        if (from != null) {
            query.append("from=").append(from).append('&');
        }
        if (to != null) {
            query.append("to=").append(to);
        }
        return query.toString();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<AuditView> getEvents() {
        return events;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
