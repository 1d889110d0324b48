package dk.kompetence.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The deployment the client-side test classes of a shared-server run share ({@link DeployOncePerRun}). */
final class SharedDeployment {

    private SharedDeployment() {
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }
}
