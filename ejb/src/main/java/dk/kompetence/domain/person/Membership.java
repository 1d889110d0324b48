package dk.kompetence.domain.person;

import dk.kompetence.domain.organisation.Institution;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A person's belonging to an institution for a period (ansættelse/tilknytning). */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    /** Working time as a fraction of full time; none for volunteers. */
    @Column(precision = 4, scale = 3)
    private BigDecimal fte;

    protected Membership() {
    }

    Membership(Person person, Institution institution, LocalDate startDate, BigDecimal fte) {
        this.person = Objects.requireNonNull(person);
        this.institution = Objects.requireNonNull(institution);
        this.startDate = Objects.requireNonNull(startDate);
        this.fte = fte;
    }

    public boolean isActiveOn(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
    }

    void endOn(LocalDate date) {
        if (endDate == null || endDate.isAfter(date)) {
            endDate = date.isBefore(startDate) ? startDate : date;
        }
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Institution getInstitution() {
        return institution;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getFte() {
        return fte;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Membership that && Objects.equals(person, that.person)
                && Objects.equals(institution, that.institution) && startDate.equals(that.startDate);
    }

    @Override
    public int hashCode() {
        return startDate.hashCode();
    }
}
