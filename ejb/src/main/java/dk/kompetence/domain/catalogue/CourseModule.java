package dk.kompetence.domain.catalogue;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
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

    public void describe(String description) {
        this.description = description;
    }

    public void tag(Set<Approach> tags) {
        approaches.clear();
        approaches.addAll(tags);
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
