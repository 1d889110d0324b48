package dk.kompetence.web.ui.admin;

import static dk.kompetence.web.ui.Inputs.blankToNull;

import dk.kompetence.application.InstitutionForm;
import dk.kompetence.application.OrganisationService;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionSearch;
import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.web.api.InstitutionView;
import dk.kompetence.web.ui.Messages;
import dk.kompetence.web.ui.Option;
import dk.kompetence.web.ui.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * HR: the municipality's institutions (enheder), filtered by text, type and area, and a form to
 * create one or edit one. An edit remembers the version it started from, so a change someone else
 * saved in the meantime is refused instead of silently overwritten.
 */
@Named
@ViewScoped
public class InstitutionAdmin implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("areaId", "area", "name", "name", "type", "type",
            "institutionNumber", "institutionNumber", "daycareUnitNumber", "daycareUnitNumber", "pNumber", "pNumber",
            "costCentre", "costCentre");

    @Inject
    OrganisationService organisation;

    private List<Option> areas;
    private final PagedRows<InstitutionView> rows = new PagedRows<>(this::page, "name");

    private String text;
    private InstitutionType typeFilter;
    private Long areaFilter;

    private Long editingId;
    private long editingVersion;
    private String name;
    private InstitutionType type;
    private Long areaId;
    private String institutionNumber;
    private String daycareUnitNumber;
    /** P-nummer (produktionsenhedsnummer). */
    private String productionUnitNumber;
    private String costCentre;
    private boolean approvalRequired;

    @PostConstruct
    void load() {
        areas = organisation.areas().stream().map(a -> new Option(a.getId(), a.getName())).toList();
    }

    private Page<InstitutionView> page(PageRequest request) {
        return organisation.institutions(new InstitutionSearch(blankToNull(text), typeFilter, areaFilter), request)
                .map(InstitutionView::of);
    }

    public void search() {
        PagedRows.firstPage("institutions:table");
    }

    public void edit(long id) {
        Institution institution = Messages.attempt(() -> organisation.institution(id), "institutions", Map.of());
        if (institution == null) {
            return;
        }
        editingId = institution.getId();
        editingVersion = institution.getVersion();
        name = institution.getName();
        type = institution.getType();
        areaId = institution.getArea().getId();
        institutionNumber = institution.getInstitutionNumber();
        daycareUnitNumber = institution.getDaycareUnitNumber();
        productionUnitNumber = institution.getPNumber();
        costCentre = institution.getCostCentre();
        approvalRequired = institution.isApprovalRequired();
    }

    public void save() {
        InstitutionForm form = new InstitutionForm(areaId, name, type, blankToNull(institutionNumber),
                blankToNull(daycareUnitNumber), blankToNull(productionUnitNumber), blankToNull(costCentre), approvalRequired);
        Institution saved = Messages.attempt(() -> editingId == null ? organisation.create(form)
                : organisation.update(editingId, editingVersion, form), "institution", FIELDS);
        if (saved != null) {
            Messages.info("institutions.saved", saved.getName());
            clear();
        }
    }

    public void clear() {
        editingId = null;
        editingVersion = 0;
        name = null;
        type = null;
        areaId = null;
        institutionNumber = null;
        daycareUnitNumber = null;
        productionUnitNumber = null;
        costCentre = null;
        approvalRequired = false;
    }

    public PagedRows<InstitutionView> getRows() {
        return rows;
    }

    public List<Option> getAreas() {
        return areas;
    }

    public InstitutionType[] getTypes() {
        return InstitutionType.values();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public InstitutionType getTypeFilter() {
        return typeFilter;
    }

    public void setTypeFilter(InstitutionType typeFilter) {
        this.typeFilter = typeFilter;
    }

    public Long getAreaFilter() {
        return areaFilter;
    }

    public void setAreaFilter(Long areaFilter) {
        this.areaFilter = areaFilter;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public InstitutionType getType() {
        return type;
    }

    public void setType(InstitutionType type) {
        this.type = type;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public String getInstitutionNumber() {
        return institutionNumber;
    }

    public void setInstitutionNumber(String institutionNumber) {
        this.institutionNumber = institutionNumber;
    }

    public String getDaycareUnitNumber() {
        return daycareUnitNumber;
    }

    public void setDaycareUnitNumber(String daycareUnitNumber) {
        this.daycareUnitNumber = daycareUnitNumber;
    }

    public String getProductionUnitNumber() {
        return productionUnitNumber;
    }

    public void setProductionUnitNumber(String productionUnitNumber) {
        this.productionUnitNumber = productionUnitNumber;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public void setCostCentre(String costCentre) {
        this.costCentre = costCentre;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }
}
