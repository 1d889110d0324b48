package dk.kompetence.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is asking: recorded on every change (requested by, decided by, recorded by). */
@RequestScoped
public class CurrentUser {

    public static final String LEADER = "leader";
    public static final String HR = "hr";

    @Inject
    SecurityContext security;

    public String name() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    /** Leaders and HR may override deadlines that bind employees, e.g. a late cancellation. */
    public boolean mayOverrideDeadlines() {
        return security.isCallerInRole(LEADER) || security.isCallerInRole(HR);
    }
}
