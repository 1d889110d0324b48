package dk.kompetence.domain.catalogue;

import static dk.kompetence.domain.Fixtures.publishedModule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

    private final CourseModule modul1 = publishedModule("HIL-1", "Hillerød-uddannelsen modul 1: Børns trivsel", "21", null);
    private final CourseModule modul2 = publishedModule("HIL-2", "Hillerød-uddannelsen modul 2: Fællesskaber", "21", null);
    private final CourseModule modul3 = publishedModule("HIL-3", "Hillerød-uddannelsen modul 3: Forældresamarbejde", "14",
            null);
    private final Programme hillerød = new Programme("HIL", "Hillerød-uddannelsen", "Fælles grundforløb for alle",
            List.of(modul1, modul2, modul3));

    @Test
    void programmeIsCompletedWhenAllItsModulesAreCompleted() {
        assertTrue(hillerød.isCompletedBy(Set.of(modul1.getId(), modul2.getId(), modul3.getId())));
    }

    @Test
    void extraCompletedModulesDoNotMatter() {
        CourseModule other = publishedModule("COT-1", "Co-teaching i praksis", "7", null);

        assertTrue(hillerød.isCompletedBy(Set.of(modul1.getId(), modul2.getId(), modul3.getId(), other.getId())));
    }

    @Test
    void programmeIsNotCompletedWhileAModuleIsMissing() {
        assertFalse(hillerød.isCompletedBy(Set.of(modul1.getId(), modul3.getId())));
        assertFalse(hillerød.isCompletedBy(Set.of()));
    }

    @Test
    void emptyProgrammeIsNeverCompleted() {
        Programme empty = new Programme("TOM", "Tom uddannelse", null, List.of());

        assertFalse(empty.isCompletedBy(Set.of(modul1.getId())));
    }

    @Test
    void programmeKeepsItsModules() {
        assertEquals(Set.of(modul1, modul2, modul3), hillerød.getModules());
    }
}
