package dk.kompetence.web.signin;

import dk.kompetence.application.CallerClaims;
import dk.kompetence.application.SignInClaims;
import dk.kompetence.application.SingleSignOn;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a single sign-on (a browser session or a bearer token): hands the token's claims to the
 * services for this request, and links the user to their account once per session (on every
 * request for a bearer token, which has no session). Does nothing after a password sign-in.
 */
@WebFilter(urlPatterns = "/*")
public class SingleSignOnFilter extends HttpFilter {

    private static final String LINKED = SingleSignOnFilter.class.getName() + ".linked";
    private static final Logger LOG = Logger.getLogger(SingleSignOnFilter.class.getName());

    @Inject
    CallerClaims callerClaims;

    @Inject
    SingleSignOn singleSignOn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object securityContext = request.getAttribute(OidcTokenClaims.SECURITY_CONTEXT);
        if (securityContext != null && request.getUserPrincipal() != null) {
            SignInClaims claims = OidcTokenClaims.of(request.getUserPrincipal().getName(), securityContext);
            callerClaims.set(claims);
            HttpSession session = request.getSession(false);
            if (session == null || session.getAttribute(LINKED) == null) {
                link(claims);
                if (session != null) {
                    session.setAttribute(LINKED, Boolean.TRUE);
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Two first requests at once may both create the account; the loser's insert fails and it is there. */
    private void link(SignInClaims claims) {
        try {
            singleSignOn.link(claims);
        } catch (EJBException e) {
            LOG.log(Level.FINE, "Linking the account of " + claims.username() + " failed", e);
        }
    }
}
