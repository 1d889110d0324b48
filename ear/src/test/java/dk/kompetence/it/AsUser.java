package dk.kompetence.it;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/** Inside the server: signs in to the application's security domain as a demo user and acts as them. */
public final class AsUser {

    private AsUser() {
    }

    public static <T> T call(String username, Callable<T> action) {
        try {
            SecurityIdentity identity = SecurityDomain.getCurrent()
                    .authenticate(username, new PasswordGuessEvidence(Http.PASSWORD.toCharArray()));
            return identity.runAs(action);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void run(String username, Runnable action) {
        call(username, () -> {
            action.run();
            return null;
        });
    }
}
