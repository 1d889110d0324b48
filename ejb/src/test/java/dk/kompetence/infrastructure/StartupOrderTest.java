package dk.kompetence.infrastructure;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.infrastructure.persistence.DatabaseMigration;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Nothing that starts with the application may use the database before Flyway has migrated it. */
class StartupOrderTest {

    @Test
    void everyOtherStartupSingletonStartsAfterTheMigration() throws IOException, URISyntaxException {
        List<Class<?>> startup = startupBeans();
        assertTrue(startup.size() > 1, "found " + startup);
        for (Class<?> bean : startup) {
            if (bean == DatabaseMigration.class) {
                continue;
            }
            DependsOn dependsOn = bean.getAnnotation(DependsOn.class);
            assertTrue(dependsOn != null && Arrays.asList(dependsOn.value())
                    .contains(DatabaseMigration.class.getSimpleName()), bean + " starts without waiting for the migration");
        }
    }

    @Test
    void theMigrationWaitsForNothing() {
        assertNull(DatabaseMigration.class.getAnnotation(DependsOn.class));
    }

    private static List<Class<?>> startupBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(DatabaseMigration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')))
                    .filter(type -> type.isAnnotationPresent(Startup.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, StartupOrderTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
