package dk.kompetence.domain.catalogue;

import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A catalogue module (kursusmodul). Named CourseModule, not Module, so it never hides
 * java.lang.Module.
 */
@Entity
@Table(name = "course_module")
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryFormat format;

    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal hours;

    @Column(precision = 4, scale = 1)
    private BigDecimal ects;

    @Column(name = "renewal_months")
    private Integer renewalMonths;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ModuleStatus status = ModuleStatus.DRAFT;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_module_approach", joinColumns = @JoinColumn(name = "module_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "approach", length = 40)
    private Set<Approach> approaches = EnumSet.noneOf(Approach.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_module_role", joinColumns = @JoinColumn(name = "module_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "job_role", length = 30)
    private Set<AudienceRole> audienceRoles = EnumSet.noneOf(AudienceRole.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_module_institution_type", joinColumns = @JoinColumn(name = "module_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "institution_type", length = 30)
    private Set<InstitutionType> audienceInstitutionTypes = EnumSet.noneOf(InstitutionType.class);

    @ManyToMany
    @JoinTable(name = "course_module_track", joinColumns = @JoinColumn(name = "module_id"),
            inverseJoinColumns = @JoinColumn(name = "track_id"))
    private Set<StrategyTrack> tracks = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "course_module_prerequisite", joinColumns = @JoinColumn(name = "module_id"),
            inverseJoinColumns = @JoinColumn(name = "required_module_id"))
    private Set<CourseModule> prerequisites = new HashSet<>();

    /** The mandatory rule: every new employee in the audience within this many months of hire. */
    @Column(name = "mandatory_within_months")
    private Integer mandatoryWithinMonths;

    /** Deltagerbetaling: kroner per participant, none when the module is free. */
    @Column(name = "fee_per_participant", precision = 10, scale = 2)
    private BigDecimal feePerParticipant;

    @Version
    private long version;

    protected CourseModule() {
    }

    public CourseModule(String code, String title, Provider provider, DeliveryFormat format, BigDecimal hours) {
        this.code = Objects.requireNonNull(code);
        this.title = Objects.requireNonNull(title);
        this.provider = Objects.requireNonNull(provider);
        this.format = Objects.requireNonNull(format);
        if (hours == null || hours.signum() <= 0) {
            throw new IllegalArgumentException("A module must give a positive number of hours");
        }
        this.hours = hours;
    }

    public void describe(String newTitle, String newDescription, DeliveryFormat newFormat, BigDecimal newHours,
                         BigDecimal newEcts) {
        this.title = Objects.requireNonNull(newTitle);
        this.description = newDescription;
        this.format = Objects.requireNonNull(newFormat);
        if (newHours == null || newHours.signum() <= 0) {
            throw new IllegalArgumentException("A module must give a positive number of hours");
        }
        this.hours = newHours;
        this.ects = newEcts;
    }

    public void chargeFee(BigDecimal fee) {
        if (fee != null && fee.signum() < 0) {
            throw new IllegalArgumentException("A fee is zero or more");
        }
        this.feePerParticipant = fee;
    }

    public BigDecimal getFeePerParticipant() {
        return feePerParticipant;
    }

    public void tag(Set<Approach> tags) {
        Sets.replace(approaches, tags);
    }

    public void target(Set<AudienceRole> roles, Set<InstitutionType> institutionTypes) {
        Sets.replace(audienceRoles, roles);
        Sets.replace(audienceInstitutionTypes, institutionTypes);
    }

    public void placeOn(Set<StrategyTrack> strategyTracks) {
        Sets.replace(tracks, strategyTracks);
    }

    /** Prerequisites may not lead back to this module, directly or through other modules. */
    public void require(Set<CourseModule> modules) {
        if (modules != null && modules.stream().anyMatch(m -> m.dependsOn(this, new HashSet<>()))) {
            throw new RuleViolationException(Rule.INVALID_TRANSITION,
                    "Forudsætningerne må ikke føre tilbage til modulet selv");
        }
        Sets.replace(prerequisites, modules);
    }

    private boolean dependsOn(CourseModule module, Set<CourseModule> visited) {
        if (this.equals(module)) {
            return true;
        }
        return visited.add(this) && prerequisites.stream().anyMatch(p -> p.dependsOn(module, visited));
    }

    public void setRules(Integer renewalPeriodMonths, Integer mandatoryWithinMonthsOfHire, boolean leaderApproval) {
        this.renewalMonths = renewalPeriodMonths;
        this.mandatoryWithinMonths = mandatoryWithinMonthsOfHire;
        this.approvalRequired = leaderApproval;
    }

    /** Draft → submitted → published → retired; HR may publish a draft of its own directly. */
    public void submit() {
        transition(ModuleStatus.DRAFT, ModuleStatus.SUBMITTED);
    }

    public void publish() {
        if (status != ModuleStatus.DRAFT && status != ModuleStatus.SUBMITTED) {
            throw invalidTransition(ModuleStatus.PUBLISHED);
        }
        status = ModuleStatus.PUBLISHED;
    }

    public void retire() {
        transition(ModuleStatus.PUBLISHED, ModuleStatus.RETIRED);
    }

    /** The last day a completion on the given date counts; null when it never expires. */
    public LocalDate validUntil(LocalDate completedOn) {
        return renewalMonths == null ? null : completedOn.plusMonths(renewalMonths).minusDays(1);
    }

    public boolean isValidOn(LocalDate completedOn, LocalDate date) {
        LocalDate until = validUntil(completedOn);
        return !completedOn.isAfter(date) && (until == null || !until.isBefore(date));
    }

    /** An empty audience means everyone. */
    public boolean isMeantFor(AudienceRole role, InstitutionType place) {
        return (audienceRoles.isEmpty() || audienceRoles.contains(role))
                && (audienceInstitutionTypes.isEmpty() || place == null || audienceInstitutionTypes.contains(place));
    }

    private void transition(ModuleStatus from, ModuleStatus to) {
        if (status != from) {
            throw invalidTransition(to);
        }
        status = to;
    }

    private RuleViolationException invalidTransition(ModuleStatus to) {
        return new RuleViolationException(Rule.INVALID_TRANSITION,
                "Modulet kan ikke skifte fra " + status + " til " + to);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Provider getProvider() {
        return provider;
    }

    public DeliveryFormat getFormat() {
        return format;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public BigDecimal getEcts() {
        return ects;
    }

    public Integer getRenewalMonths() {
        return renewalMonths;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public ModuleStatus getStatus() {
        return status;
    }

    public Set<Approach> getApproaches() {
        return Collections.unmodifiableSet(approaches);
    }

    public Set<AudienceRole> getAudienceRoles() {
        return Collections.unmodifiableSet(audienceRoles);
    }

    public Set<InstitutionType> getAudienceInstitutionTypes() {
        return Collections.unmodifiableSet(audienceInstitutionTypes);
    }

    public Set<StrategyTrack> getTracks() {
        return Collections.unmodifiableSet(tracks);
    }

    public Set<CourseModule> getPrerequisites() {
        return Collections.unmodifiableSet(prerequisites);
    }

    public Integer getMandatoryWithinMonths() {
        return mandatoryWithinMonths;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CourseModule that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
