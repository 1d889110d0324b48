package dk.kompetence.web.signin;

import dk.kompetence.application.SignInClaims;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Reads the product's claims from the access token of WildFly's OIDC client (present after a browser
 * sign-in and with a bearer token alike). Only loaded when the request was signed in that way: the
 * server adds the OIDC client's classes to the deployment only when it secures it with OIDC.
 * The claim names are system properties, so each municipality's provider can keep its own names.
 */
final class OidcTokenClaims {

    static final String SECURITY_CONTEXT = "org.wildfly.security.http.oidc.OidcSecurityContext";

    private static final String EMPLOYEE_NUMBER = System.getProperty("kompetence.sso.claim.employee-number",
            "employee_number");
    private static final String INSTITUTIONS = System.getProperty("kompetence.sso.claim.institutions", "institutions");

    private OidcTokenClaims() {
    }

    static SignInClaims of(String username, Object securityContext) {
        AccessToken token = ((OidcSecurityContext) securityContext).getToken();
        Object employeeNumber = token.getClaimValue(EMPLOYEE_NUMBER);
        return new SignInClaims(username, employeeNumber == null ? null : employeeNumber.toString(),
                values(token.getClaimValue(INSTITUTIONS)));
    }

    /** A claim may hold one value or a list (Keycloak's multivalued attributes); absent stays null. */
    private static Set<String> values(Object claim) {
        if (claim == null) {
            return null;
        }
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(value -> values.add(value.toString().strip()));
        } else {
            values.add(claim.toString().strip());
        }
        return values;
    }
}
