package dk.kompetence.application;

import static dk.kompetence.application.UnknownEntityException.unknown;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.CourseModuleRepository;
import dk.kompetence.domain.catalogue.ModuleSearch;
import dk.kompetence.domain.catalogue.Programme;
import dk.kompetence.domain.catalogue.ProgrammeRepository;
import dk.kompetence.domain.catalogue.Provider;
import dk.kompetence.domain.catalogue.StrategyTrack;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Reading the catalogue is open to everyone, also before signing in; changing it is not. */
@Stateless
@PermitAll
public class CatalogueService {

    @Inject
    CourseModuleRepository modules;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    CoverageSummaryUpdates coverageSummary;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    public Page<CourseModule> search(@NotNull @Valid ModuleSearch search, @NotNull @Valid PageRequest page) {
        return modules.search(search, page, LocalDate.now(clock));
    }

    public List<CourseModule> publishedModules() {
        return modules.search(ModuleSearch.published(), PageRequest.first(200), LocalDate.now(clock)).items();
    }

    public CourseModule module(long id) {
        return modules.find(id).orElseThrow(unknown("Modul", id));
    }

    @RolesAllowed({CurrentUser.EDUCATOR, CurrentUser.HR})
    public CourseModule createDraft(@NotNull @Valid ModuleForm form) {
        currentUser.requireHrOrProvider(form.providerId());
        CourseModule module = new CourseModule(form.code().strip(), form.title().strip(), provider(form.providerId()),
                form.format(), form.hours());
        apply(module, form);
        modules.add(module);
        entityManager.flush();
        audited("MODULE_CREATED", module);
        return module;
    }

    @RolesAllowed({CurrentUser.EDUCATOR, CurrentUser.HR})
    public CourseModule update(long id, long expectedVersion, @NotNull @Valid ModuleForm form) {
        CourseModule module = module(id);
        currentUser.requireHrOrProvider(module.getProvider().getId());
        Versions.check("Modulet", module.getVersion(), expectedVersion);
        apply(module, form);
        coverageSummary.moduleChanged(module.getId());
        audited("MODULE_CHANGED", module);
        return module;
    }

    @RolesAllowed({CurrentUser.EDUCATOR, CurrentUser.HR})
    public CourseModule submit(long id) {
        CourseModule module = module(id);
        currentUser.requireHrOrProvider(module.getProvider().getId());
        module.submit();
        audited("MODULE_SUBMITTED", module);
        return module;
    }

    @RolesAllowed(CurrentUser.HR)
    public CourseModule publish(long id) {
        CourseModule module = module(id);
        module.publish();
        audited("MODULE_PUBLISHED", module);
        return module;
    }

    @RolesAllowed(CurrentUser.HR)
    public CourseModule retire(long id) {
        CourseModule module = module(id);
        module.retire();
        audited("MODULE_RETIRED", module);
        return module;
    }

    public List<Provider> providers() {
        return modules.providers();
    }

    public List<StrategyTrack> tracks() {
        return modules.tracks();
    }

    public List<Programme> programmes() {
        return programmes.findAll();
    }

    public Programme programme(long id) {
        return programmes.find(id).orElseThrow(unknown("Uddannelse", id));
    }

    @RolesAllowed(CurrentUser.HR)
    public Programme createProgramme(@NotNull @Valid ProgrammeForm form) {
        Programme programme = new Programme(form.code().strip(), form.title().strip(), form.description(),
                existing(form.moduleIds()));
        programmes.add(programme);
        entityManager.flush();
        audit.record("PROGRAMME_CREATED", "Programme", programme.getId(), null, programme.getCode());
        return programme;
    }

    private void audited(String action, CourseModule module) {
        audit.record(action, "CourseModule", module.getId(), null, module.getCode() + " " + module.getStatus());
    }

    private void apply(CourseModule module, ModuleForm form) {
        module.describe(form.title().strip(), SafeHtml.sanitise(form.description()), form.format(), form.hours(),
                form.ects());
        module.tag(form.approaches());
        module.target(form.audienceRoles(), form.institutionTypes());
        Set<StrategyTrack> tracks = modules.findTracks(form.trackIds());
        if (form.trackIds() != null && tracks.size() != form.trackIds().size()) {
            throw new UnknownEntityException("Strategispor", form.trackIds());
        }
        module.placeOn(tracks);
        module.require(existing(form.prerequisiteIds()));
        module.setRules(form.renewalMonths(), form.mandatoryWithinMonths(), form.approvalRequired());
    }

    private Set<CourseModule> existing(Collection<Long> ids) {
        Set<CourseModule> found = modules.findAll(ids);
        if (ids != null && found.size() != ids.size()) {
            throw new UnknownEntityException("Modul", ids);
        }
        return found;
    }

    private Provider provider(long id) {
        return modules.findProvider(id).orElseThrow(unknown("Udbyder", id));
    }
}
