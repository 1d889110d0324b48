package dk.kompetence.it;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;

/**
 * Deploys the EAR once for all the client-side test classes of a failsafe run instead of deploying
 * and undeploying it around each of them: a deployment costs 4-5 s, minutes over the two
 * shared-server runs. Switched on by {@code -Dit.deploy-once=true} (ear/pom.xml sets it for the
 * shared-server runs only). Such a class's own {@code @Deployment} is then replaced by
 * {@link SharedDeployment}. A class that runs inside the server keeps its own deployment, with its
 * test classes and the Arquillian servlet in the web module (that servlet leaves Weld's conversation
 * context active on the worker threads, which breaks the pages of the deployment it runs in): the
 * shared one is undeployed before it and deployed again for the next client-side class.
 */
public class DeployOncePerRun implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        if (Boolean.getBoolean("it.deploy-once")) {
            builder.observer(SharedDeploymentLifecycle.class);
        }
    }

    public static class SharedDeploymentLifecycle {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<GenerateDeployment> generate;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        private DeploymentScenario shared;
        private boolean sharedDeployed;
        private boolean generatingShared;
        private boolean undeployingShared;

        public void shareTheDeploymentOfClientClasses(@Observes EventContext<GenerateDeployment> event) {
            if (generatingShared || !event.getEvent().getTestClass().isAnnotationPresent(RunAsClient.class)) {
                event.proceed();
            } else if (shared == null) {
                generatingShared = true;
                try {
                    generate.fire(new GenerateDeployment(new TestClass(SharedDeployment.class)));
                } finally {
                    generatingShared = false;
                }
                shared = classScenario.get();
            } else {
                classScenario.set(shared);
            }
        }

        public void deployTheSharedOneOnce(@Observes EventContext<DeployManagedDeployments> event) {
            if (classScenario.get() != shared) {
                undeployShared();
                event.proceed();
            } else if (!sharedDeployed) {
                event.proceed();
                sharedDeployed = true;
            }
        }

        public void keepTheSharedOneDeployed(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (undeployingShared || classScenario.get() != shared) {
                event.proceed();
            }
        }

        /** Also before the server stops, so that the next run on the same server starts without it. */
        public void undeployBeforeStop(@Observes BeforeStop event) {
            classContext.get().activate(SharedDeployment.class);
            try {
                undeployShared();
            } finally {
                classContext.get().deactivate();
            }
        }

        private void undeployShared() {
            if (!sharedDeployed) {
                return;
            }
            DeploymentScenario current = classScenario.get();
            classScenario.set(shared);
            undeployingShared = true;
            try {
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                undeployingShared = false;
                sharedDeployed = false;
                if (current != null) {
                    classScenario.set(current);
                }
            }
        }
    }
}
