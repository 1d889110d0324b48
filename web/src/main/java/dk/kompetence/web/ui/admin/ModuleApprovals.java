package dk.kompetence.web.ui.admin;

import dk.kompetence.application.CatalogueService;
import dk.kompetence.domain.catalogue.ModuleSearch;
import dk.kompetence.domain.catalogue.ModuleStatus;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.web.api.ModuleView;
import dk.kompetence.web.ui.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** HR approves providers' modules for publication in the catalogue. */
@Named
@ViewScoped
public class ModuleApprovals implements Serializable {

    @Inject
    CatalogueService catalogue;

    private List<ModuleView> submitted;

    @PostConstruct
    void load() {
        submitted = catalogue.search(new ModuleSearch(null, null, null, null, null, ModuleStatus.SUBMITTED, null, null,
                null, false), new PageRequest(0, 200, "title")).items().stream().map(ModuleView::of).toList();
    }

    public void publish(long moduleId) {
        var published = Messages.attempt(() -> catalogue.publish(moduleId), "approvals", Map.of());
        if (published != null) {
            Messages.info("admin.published", published.getTitle());
        }
        load();
    }

    public List<ModuleView> getSubmitted() {
        return submitted;
    }
}
