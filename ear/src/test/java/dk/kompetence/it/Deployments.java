package dk.kompetence.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** The integration tests deploy the EAR the build just made: the real shape we ship. */
public final class Deployments {

    private static final String ELYTRON_API = """
            <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                <deployment>
                    <dependencies>
                        <module name="org.wildfly.security.elytron"/>
                    </dependencies>
                </deployment>
            </jboss-deployment-structure>
            """;

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        File ear = new File(System.getProperty("ear.file", "target/kompetence.ear"));
        return ShrinkWrap.create(ZipImporter.class, "kompetence.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The EAR plus the given test classes in its lib, for tests that run inside the server; they
     * may act as a demo user through Elytron's API ({@link AsUser}).
     */
    public static EnterpriseArchive withTestClasses(Class<?>... testClasses) {
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "kompetence-it.jar").addClasses(testClasses)
                .addClasses(AsUser.class, Http.class, SignedIn.class);
        return application().addAsLibrary(tests)
                .addAsManifestResource(new StringAsset(ELYTRON_API), "jboss-deployment-structure.xml");
    }
}
