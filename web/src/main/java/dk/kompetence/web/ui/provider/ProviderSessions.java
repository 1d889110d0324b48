package dk.kompetence.web.ui.provider;

import dk.kompetence.application.CatalogueService;
import dk.kompetence.application.SessionService;
import dk.kompetence.domain.catalogue.ModuleSearch;
import dk.kompetence.domain.session.SessionSearch;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.web.api.SessionView;
import dk.kompetence.web.ui.Option;
import dk.kompetence.web.ui.PagedRows;
import dk.kompetence.web.ui.Persona;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Udbyder: the provider's own sessions (hold), newest first, optionally of one module. */
@Named
@ViewScoped
public class ProviderSessions implements Serializable {

    @Inject
    SessionService sessions;

    @Inject
    CatalogueService catalogue;

    @Inject
    Clock clock;

    @Inject
    Persona persona;

    private List<Option> modules;
    private Long moduleId;
    private final PagedRows<SessionView> rows = new PagedRows<>(this::page, "startsOn,desc");

    @PostConstruct
    void load() {
        modules = persona.getProviderId() == null ? List.of()
                : catalogue.search(new ModuleSearch(null, null, null, null, null, null, persona.getProviderId(), null,
                        null, false), new PageRequest(0, 200, "title")).items().stream()
                .map(Option::of).toList();
    }

    private Page<SessionView> page(PageRequest request) {
        if (persona.getProviderId() == null) {
            return new Page<>(List.of(), 0, request.size(), 0);
        }
        LocalDate today = LocalDate.now(clock);
        return sessions.search(new SessionSearch(moduleId, persona.getProviderId(), null, null, null, false), request)
                .map(s -> SessionView.of(s, today));
    }

    public void search() {
        PagedRows.firstPage("sessions:table");
    }

    public PagedRows<SessionView> getRows() {
        return rows;
    }

    public List<Option> getModules() {
        return modules;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public void setModuleId(Long moduleId) {
        this.moduleId = moduleId;
    }
}
