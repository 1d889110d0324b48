package dk.kompetence.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Who the user acts as in the web pages: a person, a leader of an institution, HR, or an educator
 * of a provider. Chosen on the sign-in page from the demo users until the municipality's login
 * (Elytron, single sign-on) takes its place.
 */
@Named
@SessionScoped
public class Persona implements Serializable {

    public enum Role {
        EMPLOYEE,
        LEADER,
        HR,
        EDUCATOR
    }

    private Role role;
    private Long personId;
    private Long institutionId;
    private Long providerId;
    private String displayName;

    public void actAs(Role newRole, Long person, Long institution, Long provider, String name) {
        this.role = newRole;
        this.personId = person;
        this.institutionId = institution;
        this.providerId = provider;
        this.displayName = name;
    }

    public void signOut() {
        actAs(null, null, null, null, null);
    }

    public boolean isSignedIn() {
        return role != null;
    }

    public boolean is(String roleName) {
        return role != null && role.name().equals(roleName);
    }

    public Role getRole() {
        return role;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public String getDisplayName() {
        return displayName;
    }
}
