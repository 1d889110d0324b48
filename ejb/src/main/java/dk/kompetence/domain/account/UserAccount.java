package dk.kompetence.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A user who can sign in, and whom they are in the domain: a person (employee, volunteer,
 * leader) or a provider's educator. The password digest is read only by the Elytron realm; the
 * application writes one only for accounts made at a single sign-on, and no password matches it.
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

    @Column(name = "password_hash", nullable = false, updatable = false, length = 100)
    private String passwordHash;

    @Column(name = "password_salt", nullable = false, updatable = false, length = 100)
    private String passwordSalt;

    @Column(name = "password_iterations", nullable = false, updatable = false)
    private int passwordIterations;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role", length = 20)
    private Set<String> roles = new HashSet<>();

    protected UserAccount() {
    }

    /**
     * The account of a person who signs in through the municipality's identity provider. The
     * password columns are required, so they get a digest of random bytes nobody knows: should the
     * server go back to password sign-in, this account cannot be used with a password.
     */
    public static UserAccount forSingleSignOn(String username, long personId) {
        UserAccount account = new UserAccount();
        account.username = username;
        account.personId = personId;
        account.enabled = true;
        account.passwordHash = randomBase64();
        account.passwordSalt = randomBase64();
        account.passwordIterations = UNUSABLE_PASSWORD_ITERATIONS;
        return account;
    }

    private static final int UNUSABLE_PASSWORD_ITERATIONS = 120_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static String randomBase64() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
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
