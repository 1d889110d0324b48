package dk.kompetence.web.ui.provider;

import dk.kompetence.application.CatalogueService;
import dk.kompetence.application.ModuleForm;
import dk.kompetence.domain.catalogue.Approach;
import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.DeliveryFormat;
import dk.kompetence.domain.catalogue.ModuleSearch;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.web.api.ModuleView;
import dk.kompetence.web.ui.Messages;
import dk.kompetence.web.ui.Persona;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Udbyder: the provider's own modules, a new draft or changes to one, and submitting it for
 * approval. An edit keeps what this form does not show (HR's rules for the module) and the
 * version it started from.
 */
@Named
@ViewScoped
public class ProviderModules implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("code", "code", "title", "title",
            "description", "description", "format", "format", "hours", "hours", "approaches", "approaches");

    @Inject
    CatalogueService catalogue;

    @Inject
    Persona persona;

    private List<ModuleView> modules;
    private String code;
    private String title;
    private String description;
    private DeliveryFormat format = DeliveryFormat.IN_PERSON;
    private BigDecimal hours;
    private List<Approach> approaches = new ArrayList<>();
    private Long editingId;
    private long editingVersion;
    private ModuleForm original;

    @PostConstruct
    void load() {
        modules = persona.getProviderId() == null ? List.of()
                : catalogue.search(new ModuleSearch(null, null, null, null, null, null, persona.getProviderId(), null,
                        null, false), new PageRequest(0, 200, "title")).items().stream().map(ModuleView::of).toList();
    }

    public void create() {
        Set<Approach> tags = approaches.isEmpty() ? null : EnumSet.copyOf(approaches);
        CourseModule saved;
        if (editingId == null) {
            ModuleForm form = new ModuleForm(code, title, description, persona.getProviderId(), format, hours, null,
                    null, null, false, tags, null, null, null, null);
            saved = Messages.attempt(() -> catalogue.createDraft(form), "draft", FIELDS);
        } else {
            ModuleForm form = original.describedAs(title, description, format, hours, tags);
            saved = Messages.attempt(() -> catalogue.update(editingId, editingVersion, form), "draft", FIELDS);
        }
        if (saved != null) {
            Messages.info(editingId == null ? "provider.created" : "provider.saved", saved.getTitle());
            clear();
            load();
        }
    }

    public void edit(long moduleId) {
        CourseModule module = Messages.attempt(() -> catalogue.module(moduleId), "modules", Map.of());
        if (module == null) {
            return;
        }
        editingId = module.getId();
        editingVersion = module.getVersion();
        original = ModuleForm.of(module);
        code = module.getCode();
        title = module.getTitle();
        description = module.getDescription();
        format = module.getFormat();
        hours = module.getHours();
        approaches = new ArrayList<>(module.getApproaches());
    }

    public void clear() {
        editingId = null;
        editingVersion = 0;
        original = null;
        code = null;
        title = null;
        description = null;
        format = DeliveryFormat.IN_PERSON;
        hours = null;
        approaches = new ArrayList<>();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public void submit(long moduleId) {
        if (Messages.attempt(() -> catalogue.submit(moduleId), "modules", Map.of()) != null) {
            Messages.info("provider.submitted");
        }
        load();
    }

    public List<ModuleView> getModules() {
        return modules;
    }

    public DeliveryFormat[] getFormats() {
        return DeliveryFormat.values();
    }

    public Approach[] getAllApproaches() {
        return Approach.values();
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

    public DeliveryFormat getFormat() {
        return format;
    }

    public void setFormat(DeliveryFormat format) {
        this.format = format;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public List<Approach> getApproaches() {
        return approaches;
    }

    public void setApproaches(List<Approach> approaches) {
        this.approaches = approaches;
    }
}
