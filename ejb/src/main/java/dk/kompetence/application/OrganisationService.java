package dk.kompetence.application;

import static dk.kompetence.application.UnknownEntityException.unknown;

import dk.kompetence.domain.organisation.Area;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionRepository;
import dk.kompetence.domain.organisation.InstitutionSearch;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

@Stateless
@RolesAllowed({CurrentUser.EMPLOYEE, CurrentUser.VOLUNTEER, CurrentUser.LEADER, CurrentUser.HR, CurrentUser.EDUCATOR})
public class OrganisationService {

    @Inject
    InstitutionRepository institutions;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    CoverageSummaryUpdates coverageSummary;

    public Page<Institution> institutions(@NotNull @Valid InstitutionSearch search, @NotNull @Valid PageRequest page) {
        return institutions.search(search, page);
    }

    public Institution institution(long id) {
        return institutions.find(id).orElseThrow(unknown("Institution", id));
    }

    public List<Area> areas() {
        return institutions.areas();
    }

    /** Every institution by name, for choosing among them (a target's named institutions). */
    public List<Institution> allInstitutions() {
        return entityManager.createQuery("SELECT i FROM Institution i ORDER BY i.name", Institution.class)
                .getResultList();
    }

    @RolesAllowed(CurrentUser.HR)
    public Institution create(@NotNull @Valid InstitutionForm form) {
        Institution institution = new Institution(area(form.areaId()), form.name().strip(), form.type());
        apply(institution, form);
        institutions.add(institution);
        entityManager.flush();
        audit.record("INSTITUTION_CREATED", "Institution", institution.getId(), null, institution.getName());
        return institution;
    }

    @RolesAllowed(CurrentUser.HR)
    public Institution update(long id, long expectedVersion, @NotNull @Valid InstitutionForm form) {
        Institution institution = institution(id);
        Versions.check("Institutionen", institution.getVersion(), expectedVersion);
        institution.rename(form.name().strip());
        institution.moveTo(area(form.areaId()), form.type());
        apply(institution, form);
        coverageSummary.institutionChanged(institution.getId());
        audit.record("INSTITUTION_CHANGED", "Institution", institution.getId(), null, institution.getName());
        return institution;
    }

    private void apply(Institution institution, InstitutionForm form) {
        institution.identify(blankToNull(form.institutionNumber()), blankToNull(form.daycareUnitNumber()),
                blankToNull(form.pNumber()), blankToNull(form.costCentre()));
        institution.requireApproval(form.approvalRequired());
    }

    private Area area(long id) {
        return institutions.findArea(id).orElseThrow(unknown("Område", id));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
