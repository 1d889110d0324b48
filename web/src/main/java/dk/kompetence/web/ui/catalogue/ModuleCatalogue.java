package dk.kompetence.web.ui.catalogue;

import dk.kompetence.application.CatalogueService;
import dk.kompetence.domain.catalogue.Approach;
import dk.kompetence.domain.catalogue.AudienceRole;
import dk.kompetence.domain.catalogue.DeliveryFormat;
import dk.kompetence.domain.catalogue.ModuleSearch;
import dk.kompetence.domain.catalogue.ModuleStatus;
import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.web.api.ModuleView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The catalogue search (Kursuskatalog): free text, approach, audience, date, format and free seats. */
@Named
@ViewScoped
public class ModuleCatalogue implements Serializable {

    @Inject
    CatalogueService catalogue;

    private String text;
    private Approach approach;
    private AudienceRole role;
    private InstitutionType institutionType;
    private DeliveryFormat format;
    private LocalDate from;
    private LocalDate to;
    private boolean withFreeSeats;
    private List<ModuleView> modules;

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        ModuleSearch criteria = new ModuleSearch(text, approach, role, institutionType, format, ModuleStatus.PUBLISHED,
                null, from, to, withFreeSeats);
        modules = catalogue.search(criteria, new PageRequest(0, 200, "title")).items().stream()
                .map(ModuleView::of).toList();
    }

    public void reset() {
        text = null;
        approach = null;
        role = null;
        institutionType = null;
        format = null;
        from = null;
        to = null;
        withFreeSeats = false;
        search();
    }

    public Approach[] getApproaches() {
        return Approach.values();
    }

    public AudienceRole[] getRoles() {
        return AudienceRole.values();
    }

    public InstitutionType[] getInstitutionTypes() {
        return InstitutionType.values();
    }

    public DeliveryFormat[] getFormats() {
        return DeliveryFormat.values();
    }

    public List<ModuleView> getModules() {
        return modules;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Approach getApproach() {
        return approach;
    }

    public void setApproach(Approach approach) {
        this.approach = approach;
    }

    public AudienceRole getRole() {
        return role;
    }

    public void setRole(AudienceRole role) {
        this.role = role;
    }

    public InstitutionType getInstitutionType() {
        return institutionType;
    }

    public void setInstitutionType(InstitutionType institutionType) {
        this.institutionType = institutionType;
    }

    public DeliveryFormat getFormat() {
        return format;
    }

    public void setFormat(DeliveryFormat format) {
        this.format = format;
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

    public boolean isWithFreeSeats() {
        return withFreeSeats;
    }

    public void setWithFreeSeats(boolean withFreeSeats) {
        this.withFreeSeats = withFreeSeats;
    }
}
