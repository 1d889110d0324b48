package dk.kompetence.domain.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Uddannelse: modules that together form a programme, e.g. Hillerød-uddannelsen. */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @ManyToMany
    @JoinTable(name = "programme_module", joinColumns = @JoinColumn(name = "programme_id"),
            inverseJoinColumns = @JoinColumn(name = "module_id"))
    @OrderBy("code")
    private Set<CourseModule> modules = new LinkedHashSet<>();

    @Version
    private long version;

    protected Programme() {
    }

    public Programme(String code, String title, String description, Collection<CourseModule> modules) {
        this.code = Objects.requireNonNull(code);
        this.title = Objects.requireNonNull(title);
        this.description = description;
        this.modules.addAll(modules);
    }

    /** Completing all of its modules completes the programme. */
    public boolean isCompletedBy(Set<Long> completedModuleIds) {
        return !modules.isEmpty() && modules.stream().allMatch(m -> completedModuleIds.contains(m.getId()));
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

    public Set<CourseModule> getModules() {
        return Collections.unmodifiableSet(modules);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Programme that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
