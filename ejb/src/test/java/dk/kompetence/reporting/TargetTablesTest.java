package dk.kompetence.reporting;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The database refuses targets and snapshots that the coverage definitions cannot read. */
class TargetTablesTest {

    private static final String TARGET = "INSERT INTO target (code, name, module_id, programme_id, required_percent, "
            + "minimum_count, deadline, includes_employees, includes_volunteers) VALUES ";

    private TestDatabase database;

    @BeforeEach
    void catalogue() throws SQLException {
        database = new TestDatabase("targets");
        database.execute("""
                INSERT INTO municipality (id, code, name) VALUES (1, '999', 'Testkommune');
                INSERT INTO area (id, municipality_id, name) VALUES (1, 1, 'Nord');
                INSERT INTO institution (id, area_id, name, type) VALUES (10, 1, 'Solsikken', 'DAYCARE');
                INSERT INTO provider (id, name, kind) VALUES (1, 'Testudbyder', 'INTERNAL');
                INSERT INTO course_module (id, code, title, provider_id, format, hours) VALUES
                    (100, 'NA-01', 'Neuroaffektiv tilgang', 1, 'IN_PERSON', 14);
                INSERT INTO programme (id, code, title) VALUES (200, 'HU', 'Hillerød-uddannelsen');
                """);
    }

    @AfterEach
    void drop() throws SQLException {
        database.close();
    }

    @Test
    void aTargetAsksForExactlyOneModuleOrProgramme() throws SQLException {
        assertThrows(SQLException.class, () -> database.execute(
                TARGET + "('A', 'Begge', 100, 200, 100, NULL, '2026-12-31', TRUE, FALSE)"));
        assertThrows(SQLException.class, () -> database.execute(
                TARGET + "('B', 'Ingen', NULL, NULL, 100, NULL, '2026-12-31', TRUE, FALSE)"));
        database.execute(TARGET + "('C', 'Programmet', NULL, 200, 100, NULL, '2026-12-31', TRUE, FALSE)");
    }

    @Test
    void aTargetIsEitherAShareOrAHeadCount() throws SQLException {
        assertThrows(SQLException.class, () -> database.execute(
                TARGET + "('A', 'Begge', 100, NULL, 100, 2, '2026-12-31', TRUE, FALSE)"));
        assertThrows(SQLException.class, () -> database.execute(
                TARGET + "('B', 'Over 100 %', 100, NULL, 101, NULL, '2026-12-31', TRUE, FALSE)"));
        assertThrows(SQLException.class, () -> database.execute(
                TARGET + "('C', 'Ingen', 100, NULL, 0, NULL, '2026-12-31', TRUE, FALSE)"));
        database.execute(TARGET + "('D', 'Mindst 2', 100, NULL, NULL, 2, '2026-12-31', TRUE, FALSE)");
    }

    @Test
    void aTargetIsForEmployeesOrVolunteersOrBoth() {
        assertThrows(SQLException.class, () -> database.execute(
                TARGET + "('A', 'For ingen', 100, NULL, 100, NULL, '2026-12-31', FALSE, FALSE)"));
    }

    @Test
    void anInstitutionHasOneSnapshotAYear() throws SQLException {
        String snapshot = "INSERT INTO coverage_snapshot (institution_id, institution_name, area_name, report_year, "
                + "reference_date, frozen_at, frozen_by) VALUES (10, 'Solsikken', 'Nord', 2026, '2026-12-31', "
                + "'2027-01-05 10:00:00', 'hr')";
        database.execute(snapshot);
        assertThrows(SQLException.class, () -> database.execute(snapshot));
    }
}
