package dk.kompetence.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** Område/distrikt: groups institutions within a municipality. */
@Entity
@Table(name = "area")
public class Area {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @Column(nullable = false, length = 100)
    private String name;

    protected Area() {
    }

    public Area(Municipality municipality, String name) {
        this.municipality = Objects.requireNonNull(municipality);
        this.name = Objects.requireNonNull(name);
    }

    public Long getId() {
        return id;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Area that && name.equals(that.name)
                && Objects.equals(municipality, that.municipality);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
