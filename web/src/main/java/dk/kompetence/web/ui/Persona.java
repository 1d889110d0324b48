package dk.kompetence.web.ui;

import dk.kompetence.application.CurrentUser;
import dk.kompetence.application.PeopleService;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.person.Person;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who the signed-in user is in the pages: their main role and the person, institution or
 * provider they act for. Follows the login (Elytron) — the services check the same rights again.
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

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    PeopleService people;

    private String username;
    private Role role;
    private Long personId;
    private Long institutionId;
    private Long providerId;
    private String displayName;

    private void sync() {
        Principal principal = request.getUserPrincipal();
        String name = principal == null ? null : principal.getName();
        if (!Objects.equals(name, username)) {
            load(name);
        }
    }

    private void load(String name) {
        username = name;
        role = null;
        personId = null;
        institutionId = null;
        providerId = null;
        displayName = null;
        if (name == null) {
            return;
        }
        personId = currentUser.personId();
        providerId = currentUser.providerId();
        if (currentUser.isHr()) {
            role = Role.HR;
        } else if (currentUser.is(CurrentUser.LEADER)) {
            role = Role.LEADER;
            institutionId = currentUser.ledInstitutions().stream().min(Long::compare).orElse(null);
        } else if (currentUser.is(CurrentUser.EDUCATOR)) {
            role = Role.EDUCATOR;
        } else if (currentUser.is(CurrentUser.EMPLOYEE) || currentUser.is(CurrentUser.VOLUNTEER)) {
            role = Role.EMPLOYEE;
        }
        if (personId != null) {
            Person person = people.person(personId);
            displayName = person.getFullName();
            if (institutionId == null) {
                institutionId = person.institutionOn(LocalDate.now()).map(Institution::getId).orElse(null);
            }
        } else {
            displayName = name;
        }
    }

    public String signOut() throws ServletException {
        request.logout();
        request.getSession().invalidate();
        return "/index?faces-redirect=true";
    }

    public boolean isSignedIn() {
        sync();
        return role != null;
    }

    public boolean is(String roleName) {
        sync();
        return role != null && role.name().equals(roleName);
    }

    public Role getRole() {
        sync();
        return role;
    }

    public Long getPersonId() {
        sync();
        return personId;
    }

    public Long getInstitutionId() {
        sync();
        return institutionId;
    }

    public Long getProviderId() {
        sync();
        return providerId;
    }

    public String getDisplayName() {
        sync();
        return displayName;
    }
}
