package dk.kompetence.db;

import static dk.kompetence.db.DemoData.insert;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;

/** The demo municipality: names, courses and roles taken from the strategies in the seeds. */
final class DemoDataWriter {

    private final Connection connection;

    DemoDataWriter(Connection connection) {
        this.connection = connection;
    }

    void write() throws SQLException {
        long municipality = insert(connection, "INSERT INTO municipality (code, name) VALUES (?, ?)", "219", "Hillerød Kommune");
        long north = insert(connection, "INSERT INTO area (municipality_id, name) VALUES (?, ?)", municipality, "Distrikt Nord");
        insert(connection, "INSERT INTO institution (area_id, name, type, institution_number) VALUES (?, ?, ?, ?)",
                north, "Grønnevang Skole", "SCHOOL", "219012");
        insert(connection, "INSERT INTO institution (area_id, name, type, daycare_unit_number, p_number) VALUES (?, ?, ?, ?, ?)",
                north, "Børnehuset Æblehaven", "DAYCARE", "D21901", "1012345678");

        long internal = insert(connection, "INSERT INTO provider (name, kind) VALUES (?, ?)", "Hillerød Kommune, Center for Dagtilbud og Skole", "INTERNAL");
        long college = insert(connection, "INSERT INTO provider (name, kind) VALUES (?, ?)", "Københavns Professionshøjskole", "UNIVERSITY_COLLEGE");

        module(internal, "HU-01", "Hillerød-uddannelsen: Stærke Fællesskaber", "IN_PERSON", "7.5", "HILLEROED_PROGRAMME");
        module(college, "NEST-01", "NEST: Det fælles pædagogiske grundlag", "IN_PERSON", "21", "NEST");
        module(college, "LOEFT-01", "Løsningsfokuseret tilgang (LØFT)", "IN_PERSON", "14", "SOLUTION_FOCUSED");
        module(internal, "CT-01", "Co-teaching i praksis", "SUPERVISION", "10", "CO_TEACHING");
    }

    private void module(long provider, String code, String title, String format, String hours, String approach) throws SQLException {
        long id = insert(connection,
                "INSERT INTO course_module (code, title, provider_id, format, hours, status) VALUES (?, ?, ?, ?, ?, 'PUBLISHED')",
                code, title, provider, format, new BigDecimal(hours));
        insert(connection, "INSERT INTO course_module_approach (module_id, approach) VALUES (?, ?)", id, approach);
    }
}
