package dk.kompetence.domain.organisation;

import jakarta.persistence.Column;
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
import java.util.Objects;

/** Enhed: a daycare, school, club, PPR … with its official identifiers where it has them. */
@Entity
@Table(name = "institution")
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    private Area area;

    @Column(nullable = false, length = 150)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InstitutionType type;

    /** Institutionsregister number (schools). */
    @Column(name = "institution_number", length = 6)
    private String institutionNumber;

    /** Dagtilbudsregister unit number (daycare). */
    @Column(name = "daycare_unit_number", length = 6)
    private String daycareUnitNumber;

    @Column(name = "p_number", length = 10)
    private String pNumber;

    /** Payroll cost centre (omkostningssted). */
    @Column(name = "cost_centre", length = 20)
    private String costCentre;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Version
    private long version;

    protected Institution() {
    }

    public Institution(Area area, String name, InstitutionType type) {
        this.area = Objects.requireNonNull(area);
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    public void identify(String institutionNumber, String daycareUnitNumber, String pNumber, String costCentre) {
        this.institutionNumber = institutionNumber;
        this.daycareUnitNumber = daycareUnitNumber;
        this.pNumber = pNumber;
        this.costCentre = costCentre;
    }

    public void requireApproval(boolean required) {
        this.approvalRequired = required;
    }

    public void moveTo(Area newArea, InstitutionType newType) {
        this.area = Objects.requireNonNull(newArea);
        this.type = Objects.requireNonNull(newType);
    }

    public Long getId() {
        return id;
    }

    public Area getArea() {
        return area;
    }

    public String getName() {
        return name;
    }

    public InstitutionType getType() {
        return type;
    }

    public String getInstitutionNumber() {
        return institutionNumber;
    }

    public String getDaycareUnitNumber() {
        return daycareUnitNumber;
    }

    public String getPNumber() {
        return pNumber;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Institution that && name.equals(that.name) && Objects.equals(area, that.area);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
