package dk.kompetence.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * Where "Log ind" leads (any signed-in role, see web.xml): after the sign-in, whether through the
 * password form or the municipality's identity provider, each role lands on its own start page.
 * A person-bound role without a person (a first single sign-on that matched nobody in the payroll
 * data) stays here and is told to contact HR.
 */
@Named
@RequestScoped
public class StartPage {

    private static final Map<Persona.Role, String> START = Map.of(Persona.Role.HR, "/admin",
            Persona.Role.LEADER, "/team", Persona.Role.EDUCATOR, "/provider", Persona.Role.EMPLOYEE, "/mine");

    @Inject
    Persona persona;

    public String route() {
        Persona.Role role = persona.getRole();
        if (role == null || needsPerson(role) && persona.getPersonId() == null) {
            return null;
        }
        return START.get(role) + "?faces-redirect=true";
    }

    public boolean isUnlinked() {
        return route() == null;
    }

    private static boolean needsPerson(Persona.Role role) {
        return role == Persona.Role.EMPLOYEE || role == Persona.Role.LEADER;
    }

    /** Set when WildFly's OIDC client secures the application: the password form is not in use. */
    public static boolean singleSignOn() {
        return FacesContext.getCurrentInstance().getExternalContext()
                .getInitParameter("org.wildfly.security.http.oidc.json.config") != null;
    }

    public boolean isSingleSignOn() {
        return singleSignOn();
    }
}
