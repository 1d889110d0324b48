package dk.kompetence.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Pages name the role they are for; anyone else is sent to the sign-in page. */
@Named
@RequestScoped
public class Access {

    @Inject
    Persona persona;

    public String require(String role) {
        return persona.is(role) ? null : "/login?faces-redirect=true";
    }
}
