package dk.kompetence.it;

import java.util.Comparator;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that run inside the server (each with a deployment of its own) before the
 * client-side ones, so that the deployment those share ({@link DeployOncePerRun}) is deployed once
 * instead of again after every class of the other kind. Otherwise by name, so a run's order is the
 * same on every machine. Set in junit-platform.properties.
 */
public class InServerClassesFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor c) -> c.getTestClass().isAnnotationPresent(RunAsClient.class))
                .thenComparing(c -> c.getTestClass().getName()));
    }
}
