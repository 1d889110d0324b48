package dk.kompetence.web.ui.admin;

import dk.kompetence.application.CatalogueService;
import dk.kompetence.application.OrganisationService;
import dk.kompetence.application.TargetForm;
import dk.kompetence.application.TargetService;
import dk.kompetence.domain.coverage.Target;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.web.ui.Messages;
import dk.kompetence.web.ui.Option;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HR: the targets (målsætninger) coverage is measured against — what, for whom, how many, by
 * when — with a form to create or edit one and a button to retire one. Like every edit here it
 * remembers the version it started from.
 */
@Named
@ViewScoped
public class TargetAdmin implements Serializable {

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("code", "code"),
            Map.entry("name", "name"), Map.entry("moduleId", "module"), Map.entry("programmeId", "programme"),
            Map.entry("moduleOrProgramme", "module"), Map.entry("requiredPercent", "percent"),
            Map.entry("minimumCount", "minimum"), Map.entry("percentOrCount", "percent"),
            Map.entry("deadline", "deadline"), Map.entry("withinMonthsOfHire", "withinMonths"),
            Map.entry("forSomeone", "employees"), Map.entry("institutionTypes", "types"),
            Map.entry("institutionIds", "institutions"), Map.entry("jobRoles", "roles"));

    /** One line of the list of targets. */
    public record Line(long id, String code, String name, String what, Integer requiredPercent, Integer minimumCount,
                       LocalDate deadline, Integer withinMonthsOfHire, boolean active) implements Serializable {

        static Line of(Target target) {
            String what = target.getModule() != null ? target.getModule().getTitle() : target.getProgramme().getTitle();
            return new Line(target.getId(), target.getCode(), target.getName(), what, target.getRequiredPercent(),
                    target.getMinimumCount(), target.getDeadline(), target.getWithinMonthsOfHire(), target.isActive());
        }
    }

    @Inject
    TargetService targets;

    @Inject
    CatalogueService catalogue;

    @Inject
    OrganisationService organisation;

    private List<Line> lines;
    private List<Option> modules;
    private List<Option> programmes;
    private List<Option> institutions;

    private Long editingId;
    private long editingVersion;
    private String code;
    private String name;
    private Long moduleId;
    private Long programmeId;
    private Integer requiredPercent;
    private Integer minimumCount;
    private LocalDate deadline;
    private Integer withinMonthsOfHire;
    // Arrays, not lists: Faces converts the checked values to an array's element type.
    private InstitutionType[] institutionTypes = {};
    private Long[] institutionIds = {};
    private JobRole[] jobRoles = {};
    private boolean includesEmployees = true;
    private boolean includesVolunteers;

    @PostConstruct
    void load() {
        modules = catalogue.publishedModules().stream().map(Option::of).toList();
        programmes = catalogue.programmes().stream().map(p -> new Option(p.getId(), p.getTitle())).toList();
        institutions = organisation.allInstitutions().stream().map(i -> new Option(i.getId(), i.getName())).toList();
        reload();
    }

    private void reload() {
        lines = targets.targets().stream().map(Line::of).toList();
    }

    public void edit(long id) {
        Target target = Messages.attempt(() -> targets.target(id), "targets", Map.of());
        if (target == null) {
            return;
        }
        editingId = target.getId();
        editingVersion = target.getVersion();
        code = target.getCode();
        name = target.getName();
        moduleId = target.getModule() == null ? null : target.getModule().getId();
        programmeId = target.getProgramme() == null ? null : target.getProgramme().getId();
        requiredPercent = target.getRequiredPercent();
        minimumCount = target.getMinimumCount();
        deadline = target.getDeadline();
        withinMonthsOfHire = target.getWithinMonthsOfHire();
        institutionTypes = target.getInstitutionTypes().toArray(InstitutionType[]::new);
        institutionIds = target.getInstitutions().stream().map(Institution::getId).toArray(Long[]::new);
        jobRoles = target.getJobRoles().toArray(JobRole[]::new);
        includesEmployees = target.isIncludesEmployees();
        includesVolunteers = target.isIncludesVolunteers();
    }

    public void save() {
        TargetForm form = new TargetForm(code, name, moduleId, programmeId, requiredPercent, minimumCount, deadline,
                withinMonthsOfHire, Set.of(institutionTypes), Set.of(institutionIds), Set.of(jobRoles), includesEmployees,
                includesVolunteers);
        Target saved = Messages.attempt(() -> editingId == null ? targets.create(form)
                : targets.update(editingId, editingVersion, form), "target", FIELDS);
        if (saved != null) {
            Messages.info("targets.saved", saved.getName());
            clear();
            reload();
        }
    }

    public void deactivate(long id) {
        Target retired = Messages.attempt(() -> targets.deactivate(id), "targets", Map.of());
        if (retired != null) {
            Messages.info("targets.deactivated", retired.getName());
            reload();
        }
    }

    public void clear() {
        editingId = null;
        editingVersion = 0;
        code = null;
        name = null;
        moduleId = null;
        programmeId = null;
        requiredPercent = null;
        minimumCount = null;
        deadline = null;
        withinMonthsOfHire = null;
        institutionTypes = new InstitutionType[0];
        institutionIds = new Long[0];
        jobRoles = new JobRole[0];
        includesEmployees = true;
        includesVolunteers = false;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<Option> getModules() {
        return modules;
    }

    public List<Option> getProgrammes() {
        return programmes;
    }

    public List<Option> getInstitutions() {
        return institutions;
    }

    public InstitutionType[] getTypes() {
        return InstitutionType.values();
    }

    public JobRole[] getRoles() {
        return JobRole.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public void setModuleId(Long moduleId) {
        this.moduleId = moduleId;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public Integer getRequiredPercent() {
        return requiredPercent;
    }

    public void setRequiredPercent(Integer requiredPercent) {
        this.requiredPercent = requiredPercent;
    }

    public Integer getMinimumCount() {
        return minimumCount;
    }

    public void setMinimumCount(Integer minimumCount) {
        this.minimumCount = minimumCount;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Integer getWithinMonthsOfHire() {
        return withinMonthsOfHire;
    }

    public void setWithinMonthsOfHire(Integer withinMonthsOfHire) {
        this.withinMonthsOfHire = withinMonthsOfHire;
    }

    public InstitutionType[] getInstitutionTypes() {
        return institutionTypes;
    }

    public void setInstitutionTypes(InstitutionType[] institutionTypes) {
        this.institutionTypes = institutionTypes == null ? new InstitutionType[0] : institutionTypes;
    }

    public Long[] getInstitutionIds() {
        return institutionIds;
    }

    public void setInstitutionIds(Long[] institutionIds) {
        this.institutionIds = institutionIds == null ? new Long[0] : institutionIds;
    }

    public JobRole[] getJobRoles() {
        return jobRoles;
    }

    public void setJobRoles(JobRole[] jobRoles) {
        this.jobRoles = jobRoles == null ? new JobRole[0] : jobRoles;
    }

    public boolean isIncludesEmployees() {
        return includesEmployees;
    }

    public void setIncludesEmployees(boolean includesEmployees) {
        this.includesEmployees = includesEmployees;
    }

    public boolean isIncludesVolunteers() {
        return includesVolunteers;
    }

    public void setIncludesVolunteers(boolean includesVolunteers) {
        this.includesVolunteers = includesVolunteers;
    }
}
