package dk.kompetence.web.ui.admin;

import static dk.kompetence.web.ui.Inputs.blankToNull;

import dk.kompetence.application.BudgetService;
import dk.kompetence.application.CatalogueService;
import dk.kompetence.application.ModuleForm;
import dk.kompetence.application.ProgrammeForm;
import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.ModuleSearch;
import dk.kompetence.domain.catalogue.ModuleStatus;
import dk.kompetence.domain.catalogue.Programme;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.web.api.ModuleView;
import dk.kompetence.web.ui.Messages;
import dk.kompetence.web.ui.Option;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HR: the published modules with the municipality's rules for each (renewal period, "within N
 * months of hire", leader approval), retiring a module, and the programmes (uddannelser) that
 * bundle modules, e.g. the onboarding course rebuilt as separate modules.
 */
@Named
@ViewScoped
public class ModuleAdmin implements Serializable {

    private static final Map<String, String> RULE_FIELDS = Map.of("renewalMonths", "renewal",
            "mandatoryWithinMonths", "mandatoryWithin");
    private static final Map<String, String> PROGRAMME_FIELDS = Map.of("code", "code", "title", "title",
            "description", "description", "moduleIds", "modules");

    /** A programme as listed: its modules by title. */
    public record ProgrammeLine(long id, String code, String title, List<String> modules) implements Serializable {

        static ProgrammeLine of(Programme programme) {
            return new ProgrammeLine(programme.getId(), programme.getCode(), programme.getTitle(),
                    programme.getModules().stream().map(CourseModule::getTitle).sorted().toList());
        }
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    BudgetService budgets;

    private String text;
    private List<ModuleView> published;
    private List<ProgrammeLine> programmes;
    private List<Option> moduleOptions;

    private Long editingId;
    private long editingVersion;
    private String editingTitle;
    private ModuleForm original;
    private Integer renewalMonths;
    private Integer mandatoryWithinMonths;
    private boolean approvalRequired;
    private BigDecimal fee;

    private String code;
    private String title;
    private String description;
    private Long[] moduleIds = {};

    @PostConstruct
    void load() {
        List<ModuleView> all = published(null);
        String matching = blankToNull(text);
        published = matching == null ? all : published(matching);
        moduleOptions = all.stream().map(m -> new Option(m.id(), m.title() + " (" + m.code() + ")")).toList();
        programmes = catalogue.programmes().stream().map(ProgrammeLine::of).toList();
    }

    private List<ModuleView> published(String matching) {
        return catalogue.search(new ModuleSearch(matching, null, null, null, null, ModuleStatus.PUBLISHED, null, null,
                null, false), new PageRequest(0, 200, "title")).items().stream().map(ModuleView::of).toList();
    }

    public void search() {
        load();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public void editRules(long moduleId) {
        CourseModule module = Messages.attempt(() -> catalogue.module(moduleId), "modules", Map.of());
        if (module == null) {
            return;
        }
        editingId = module.getId();
        editingVersion = module.getVersion();
        editingTitle = module.getTitle();
        original = ModuleForm.of(module);
        renewalMonths = module.getRenewalMonths();
        mandatoryWithinMonths = module.getMandatoryWithinMonths();
        approvalRequired = module.isApprovalRequired();
        fee = module.getFeePerParticipant();
    }

    /** The fee per participant, for every session of the module not yet paid for; empty: no fee. */
    public void saveFee() {
        CourseModule charged = Messages.attempt(() -> budgets.chargeFee(editingId, editingVersion, fee), "rules",
                path -> "fee");
        if (charged != null) {
            // The rules saved next build on the module as the fee left it.
            editingVersion = charged.getVersion();
            Messages.info("modules.feeSaved", charged.getTitle());
        }
    }

    public void saveRules() {
        ModuleForm form = original.withRules(renewalMonths, mandatoryWithinMonths, approvalRequired);
        CourseModule saved = Messages.attempt(() -> catalogue.update(editingId, editingVersion, form), "rules",
                RULE_FIELDS);
        if (saved != null) {
            Messages.info("modules.rulesSaved", saved.getTitle());
            closeRules();
            load();
        }
    }

    public void closeRules() {
        editingId = null;
        original = null;
    }

    public void retire(long moduleId) {
        CourseModule retired = Messages.attempt(() -> catalogue.retire(moduleId), "modules", Map.of());
        if (retired != null) {
            Messages.info("modules.retired", retired.getTitle());
            load();
        }
    }

    public void createProgramme() {
        ProgrammeForm form = new ProgrammeForm(blankToNull(code), blankToNull(title), blankToNull(description),
                Set.of(moduleIds));
        Programme created = Messages.attempt(() -> catalogue.createProgramme(form), "programme", PROGRAMME_FIELDS);
        if (created != null) {
            Messages.info("programmes.created", created.getTitle());
            code = null;
            title = null;
            description = null;
            moduleIds = new Long[0];
            load();
        }
    }

    public boolean isEditingRules() {
        return editingId != null;
    }

    public String getEditingTitle() {
        return editingTitle;
    }

    public List<ModuleView> getPublished() {
        return published;
    }

    public List<ProgrammeLine> getProgrammes() {
        return programmes;
    }

    public List<Option> getModuleOptions() {
        return moduleOptions;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public void setFee(BigDecimal fee) {
        this.fee = fee;
    }

    public Integer getRenewalMonths() {
        return renewalMonths;
    }

    public void setRenewalMonths(Integer renewalMonths) {
        this.renewalMonths = renewalMonths;
    }

    public Integer getMandatoryWithinMonths() {
        return mandatoryWithinMonths;
    }

    public void setMandatoryWithinMonths(Integer mandatoryWithinMonths) {
        this.mandatoryWithinMonths = mandatoryWithinMonths;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long[] getModuleIds() {
        return moduleIds;
    }

    public void setModuleIds(Long[] moduleIds) {
        this.moduleIds = moduleIds == null ? new Long[0] : moduleIds;
    }
}
