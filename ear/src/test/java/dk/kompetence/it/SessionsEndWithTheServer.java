package dk.kompetence.it;

import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** A new deployment or server start knows none of the sessions {@link SignedIn} holds: forget them. */
public class SessionsEndWithTheServer implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Observer.class);
    }

    public static class Observer {

        public void deployed(@Observes AfterDeploy event) {
            SignedIn.forgetAll();
        }

        public void started(@Observes AfterStart event) {
            SignedIn.forgetAll();
        }
    }
}
