package dk.kompetence.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** The integration tests deploy the EAR the build just made: the real shape we ship. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        File ear = new File(System.getProperty("ear.file", "target/kompetence.ear"));
        return ShrinkWrap.create(ZipImporter.class, "kompetence.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /** The EAR plus the given test classes in its lib, for tests that run inside the server. */
    public static EnterpriseArchive withTestClasses(Class<?>... testClasses) {
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "kompetence-it.jar").addClasses(testClasses);
        return application().addAsLibrary(tests);
    }
}
