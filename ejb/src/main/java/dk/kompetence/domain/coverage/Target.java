package dk.kompetence.domain.coverage;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.Programme;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.shared.Sets;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Målsætning: which module or programme, for whom (institution types or named institutions, job
 * roles, employees and/or volunteers), how many (a share, or a head count per institution) and by
 * when. The coverage query (reporting) measures it.
 */
@Entity
@Table(name = "target")
public class Target {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(name = "required_percent")
    private Integer requiredPercent;

    @Column(name = "minimum_count")
    private Integer minimumCount;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "within_months_of_hire")
    private Integer withinMonthsOfHire;

    @Column(name = "includes_employees", nullable = false)
    private boolean includesEmployees;

    @Column(name = "includes_volunteers", nullable = false)
    private boolean includesVolunteers;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "target_institution_type", joinColumns = @JoinColumn(name = "target_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "institution_type", length = 30)
    private Set<InstitutionType> institutionTypes = EnumSet.noneOf(InstitutionType.class);

    @ManyToMany
    @JoinTable(name = "target_institution", joinColumns = @JoinColumn(name = "target_id"),
            inverseJoinColumns = @JoinColumn(name = "institution_id"))
    private Set<Institution> institutions = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "target_job_role", joinColumns = @JoinColumn(name = "target_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "job_role", length = 30)
    private Set<JobRole> jobRoles = EnumSet.noneOf(JobRole.class);

    @Version
    private long version;

    protected Target() {
    }

    public Target(String code) {
        this.code = Objects.requireNonNull(code);
    }

    /** What must be held: exactly one of a module and a programme. */
    public void require(CourseModule requiredModule, Programme requiredProgramme) {
        if ((requiredModule == null) == (requiredProgramme == null)) {
            throw new IllegalArgumentException("A target names a module or a programme");
        }
        this.module = requiredModule;
        this.programme = requiredProgramme;
    }

    /** How many: a share of the group, or a head count per institution — one of them. */
    public void measure(Integer percent, Integer perInstitution, LocalDate by, Integer monthsAfterHire) {
        if ((percent == null) == (perInstitution == null)) {
            throw new IllegalArgumentException("A target gives a percentage or a minimum count");
        }
        this.requiredPercent = percent;
        this.minimumCount = perInstitution;
        this.deadline = Objects.requireNonNull(by);
        this.withinMonthsOfHire = monthsAfterHire;
    }

    public void scope(String targetName, Set<InstitutionType> types, Set<Institution> named, Set<JobRole> roles,
                      boolean employees, boolean volunteers) {
        if (!employees && !volunteers) {
            throw new IllegalArgumentException("A target is for employees, volunteers or both");
        }
        this.name = Objects.requireNonNull(targetName);
        Sets.replace(institutionTypes, types);
        Sets.replace(institutions, named);
        Sets.replace(jobRoles, roles);
        this.includesEmployees = employees;
        this.includesVolunteers = volunteers;
    }

    public void activate(boolean isActive) {
        this.active = isActive;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CourseModule getModule() {
        return module;
    }

    public Programme getProgramme() {
        return programme;
    }

    public Integer getRequiredPercent() {
        return requiredPercent;
    }

    public Integer getMinimumCount() {
        return minimumCount;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Integer getWithinMonthsOfHire() {
        return withinMonthsOfHire;
    }

    public boolean isIncludesEmployees() {
        return includesEmployees;
    }

    public boolean isIncludesVolunteers() {
        return includesVolunteers;
    }

    public boolean isActive() {
        return active;
    }

    public Set<InstitutionType> getInstitutionTypes() {
        return Collections.unmodifiableSet(institutionTypes);
    }

    public Set<Institution> getInstitutions() {
        return Collections.unmodifiableSet(institutions);
    }

    public Set<JobRole> getJobRoles() {
        return Collections.unmodifiableSet(jobRoles);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Target that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
