package dk.kompetence.it;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that starts and stops (or kills) the server itself, on the manual container "restart",
 * and deploys the EAR when it wants to. Runs in its own failsafe execution, after the shared server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class OwnServerTest {

    static final String CONTAINER = "restart";
    static final String APP = "app";

    @Deployment(name = APP, managed = false, testable = false)
    @TargetsContainer(CONTAINER)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    ContainerController server;

    @ArquillianResource
    Deployer deployer;
}
