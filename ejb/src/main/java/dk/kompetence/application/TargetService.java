package dk.kompetence.application;

import static dk.kompetence.application.UnknownEntityException.unknown;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.CourseModuleRepository;
import dk.kompetence.domain.catalogue.Programme;
import dk.kompetence.domain.catalogue.ProgrammeRepository;
import dk.kompetence.domain.coverage.Target;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Targets (målsætninger): HR manages them, leaders read them. */
@Stateless
@RolesAllowed({CurrentUser.LEADER, CurrentUser.HR})
public class TargetService {

    @Inject
    EntityManager entityManager;

    @Inject
    CourseModuleRepository modules;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    InstitutionRepository institutions;

    @Inject
    AuditTrail audit;

    @Inject
    CoverageSummaryUpdates coverageSummary;

    public List<Target> targets() {
        return entityManager.createQuery("SELECT t FROM Target t ORDER BY t.name", Target.class).getResultList();
    }

    public Target target(long id) {
        Target target = entityManager.find(Target.class, id);
        if (target == null) {
            throw new UnknownEntityException("Målsætning", id);
        }
        return target;
    }

    @RolesAllowed(CurrentUser.HR)
    public Target create(@NotNull @Valid TargetForm form) {
        Target target = new Target(form.code().strip());
        apply(target, form);
        entityManager.persist(target);
        entityManager.flush();
        coverageSummary.targetChanged(target.getId());
        audit.record("TARGET_CREATED", "Target", target.getId(), null, target.getCode() + ": " + target.getName());
        return target;
    }

    @RolesAllowed(CurrentUser.HR)
    public Target update(long id, long expectedVersion, @NotNull @Valid TargetForm form) {
        Target target = target(id);
        Versions.check("Målsætningen", target.getVersion(), expectedVersion);
        apply(target, form);
        coverageSummary.targetChanged(target.getId());
        audit.record("TARGET_CHANGED", "Target", target.getId(), null, target.getCode() + ": " + target.getName());
        return target;
    }

    @RolesAllowed(CurrentUser.HR)
    public Target deactivate(long id) {
        Target target = target(id);
        target.activate(false);
        coverageSummary.targetChanged(target.getId());
        audit.record("TARGET_DEACTIVATED", "Target", target.getId(), null, target.getCode());
        return target;
    }

    private void apply(Target target, TargetForm form) {
        CourseModule module = form.moduleId() == null ? null
                : modules.find(form.moduleId()).orElseThrow(unknown("Modul", form.moduleId()));
        Programme programme = form.programmeId() == null ? null
                : programmes.find(form.programmeId()).orElseThrow(unknown("Uddannelse", form.programmeId()));
        Set<Institution> named = new HashSet<>();
        if (form.institutionIds() != null) {
            form.institutionIds().forEach(id -> named.add(institutions.find(id).orElseThrow(unknown("Institution", id))));
        }
        target.require(module, programme);
        target.measure(form.requiredPercent(), form.minimumCount(), form.deadline(), form.withinMonthsOfHire());
        target.scope(form.name().strip(), form.institutionTypes(), named, form.jobRoles(), form.includesEmployees(),
                form.includesVolunteers());
    }
}
