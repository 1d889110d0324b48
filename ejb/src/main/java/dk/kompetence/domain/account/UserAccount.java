package dk.kompetence.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A user who can sign in, and whom they are in the domain: a person (employee, volunteer,
 * leader) or a provider's educator. The password digest is read only by the Elytron realm.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "provider_id")
    private Long providerId;

    @Column(nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role", length = 20)
    private Set<String> roles = new HashSet<>();

    protected UserAccount() {
    }

    public String getUsername() {
        return username;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserAccount that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
