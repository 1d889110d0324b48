package dk.kompetence.application;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.CourseModuleRepository;
import dk.kompetence.domain.catalogue.Provider;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;

@Stateless
public class CatalogueService {

    @Inject
    CourseModuleRepository modules;

    public List<CourseModule> publishedModules() {
        return modules.findPublished();
    }

    public CourseModule module(long id) {
        return modules.find(id).orElseThrow(() -> new UnknownEntityException("Modul", id));
    }

    public CourseModule createDraft(@NotNull @Valid ModuleDraft draft) {
        Provider provider = modules.findProvider(draft.providerId())
                .orElseThrow(() -> new UnknownEntityException("Udbyder", draft.providerId()));
        CourseModule module = new CourseModule(draft.code().strip(), draft.title().strip(), provider,
                draft.format(), draft.hours());
        module.describe(draft.title().strip(), draft.description(), draft.format(), draft.hours(), null);
        module.tag(draft.approaches() == null ? Set.of() : draft.approaches());
        modules.add(module);
        return module;
    }
}
