package dk.kompetence.web.ui.catalogue;

import dk.kompetence.application.CatalogueService;
import dk.kompetence.web.api.ModuleView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

@Named
@ViewScoped
public class ModuleCatalogue implements Serializable {

    @Inject
    transient CatalogueService catalogue;

    private List<ModuleView> modules;

    @PostConstruct
    void load() {
        modules = catalogue.publishedModules().stream().map(ModuleView::of).toList();
    }

    public List<ModuleView> getModules() {
        return modules;
    }
}
