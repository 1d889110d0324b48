package dk.kompetence.domain.payroll;

import dk.kompetence.domain.organisation.Institution;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A unit of the payroll's organisation tree as last imported. The one with a P-number is an
 * institution; a department below it counts as that institution; the units above it give its area.
 */
@Entity
@Table(name = "payroll_unit")
public class PayrollUnit {

    @Id
    @Column(name = "unit_key", length = 40)
    private String key;

    @Column(name = "parent_key", length = 40)
    private String parentKey;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "p_number", length = 10)
    private String pNumber;

    @Column(name = "cost_centre", length = 20)
    private String costCentre;

    @Column(name = "area_name", length = 100)
    private String areaName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    protected PayrollUnit() {
    }

    public PayrollUnit(String key) {
        this.key = Objects.requireNonNull(key);
    }

    public void describe(PayrollUnitRow row) {
        this.parentKey = row.parentKey();
        this.name = row.name();
        this.pNumber = row.pNumber();
        this.costCentre = row.costCentre();
        this.areaName = row.areaName();
    }

    public void institution(Institution value) {
        this.institution = value;
    }

    public String getKey() {
        return key;
    }

    public String getParentKey() {
        return parentKey;
    }

    public String getName() {
        return name;
    }

    public String getPNumber() {
        return pNumber;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public String getAreaName() {
        return areaName;
    }

    public Institution getInstitution() {
        return institution;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PayrollUnit that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
