package dk.kompetence.db;

import static dk.kompetence.db.DemoJdbc.insert;

import dk.kompetence.db.DemoCatalogue.Module;
import dk.kompetence.db.DemoOrganisation.Institution;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Targets (målsætninger) as the strategies phrase them. Deadlines are relative to the load day:
 * some have passed, so the demo shows people overdue, and some lie ahead.
 */
final class DemoTargets {

    private static final List<String> PEDAGOGICAL_STAFF = List.of("PEDAGOGUE", "PEDAGOGICAL_ASSISTANT",
            "UNTRAINED_ASSISTANT");

    /** What one target asks; a null module code means the Hillerød-uddannelsen programme. */
    record TargetSpec(String code, String name, String moduleCode, Integer percent, Integer minimum,
                      int deadlineYearsAhead, Integer withinMonthsOfHire, boolean employees,
                      boolean volunteers, List<String> types, List<String> institutions, List<String> roles) {
    }

    static final List<TargetSpec> TARGETS = List.of(
            new TargetSpec("NYE-HU-01", "Alle nye medarbejdere i dagtilbud har Hillerød-uddannelsen: Stærke "
                    + "Fællesskaber inden 6 måneder", "HU-01", 100, null, -1, 6, true, false,
                    List.of("DAYCARE"), List.of(), List.of()),
            new TargetSpec("NA-DAGTILBUD", "Alt pædagogisk personale i dagtilbud har den neuroaffektive tilgang",
                    "NA-01", 100, null, 1, null, true, false, List.of("DAYCARE"), List.of(), PEDAGOGICAL_STAFF),
            new TargetSpec("IV-SKOLE", "Mindst 2 inklusionsvejledere pr. skole", "IV-01", null, 2, 0, null, true,
                    false, List.of("SCHOOL"), List.of(), List.of("TEACHER", "PEDAGOGUE", "RESOURCE_PERSON")),
            new TargetSpec("CT-SKOLE", "Lærere på skolerne har co-teaching", "CT-01", 80, null, 1, null, true, false,
                    List.of("SCHOOL"), List.of(), List.of("TEACHER")),
            new TargetSpec("FRI-FORENING", "Trænere og frivillige i foreninger har relationskompetence", "FRI-01", 75,
                    null, 0, null, false, true, List.of("ASSOCIATION"), List.of(), List.of()),
            new TargetSpec("HU-ALLE", "Alle medarbejdere har hele Hillerød-uddannelsen", null, 100, null, 2, null,
                    true, false, List.of(), List.of(), List.of()),
            new TargetSpec("LOEFT-LEDERE", "Alle ledere har en gyldig LØFT-uddannelse", "LOEFT-01", 100, null, 0, null,
                    true, false, List.of(), List.of(), List.of("LEADER")),
            new TargetSpec("VIK-INTRO", "Vikarer og ikke-uddannede har introduktionen inden 3 måneder", "VIK-01", 100,
                    null, -1, 3, true, false, List.of("DAYCARE", "SCHOOL", "AFTER_SCHOOL", "YOUTH_CLUB",
                    "SPECIAL_PROVISION"), List.of(), List.of("SUBSTITUTE", "UNTRAINED_ASSISTANT")),
            new TargetSpec("NEST-SPECIAL", "Halvdelen af lærere og pædagoger i specialtilbuddene har NEST", "NEST-01",
                    50, null, 1, null, true, false, List.of(),
                    List.of("Kildens Specialtilbud", "Skovbrynets Specialskole"), List.of("TEACHER", "PEDAGOGUE")));

    private DemoTargets() {
    }

    static void write(Connection connection, List<Module> modules, List<Institution> institutions, LocalDate today)
            throws SQLException {
        write(connection, TARGETS, modules, institutions, today);
    }

    /** Writes the given targets; their modules and named institutions must be among those given. */
    static void write(Connection connection, List<TargetSpec> targets, List<Module> modules,
                      List<Institution> institutions, LocalDate today) throws SQLException {
        Map<String, Long> moduleIds = modules.stream().collect(Collectors.toMap(m -> m.spec().code(), Module::id));
        Map<String, Long> institutionIds = institutions.stream()
                .collect(Collectors.toMap(Institution::name, Institution::id));
        long programmeId = programmeId(connection, "HU");
        for (TargetSpec spec : targets) {
            long id = insert(connection, "INSERT INTO target (code, name, module_id, programme_id, required_percent, "
                            + "minimum_count, deadline, within_months_of_hire, includes_employees, includes_volunteers) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    spec.code(), spec.name(), moduleIds.get(spec.moduleCode()),
                    spec.moduleCode() == null ? programmeId : null, spec.percent(), spec.minimum(),
                    LocalDate.of(today.getYear() + spec.deadlineYearsAhead(), 12, 31), spec.withinMonthsOfHire(),
                    spec.employees(), spec.volunteers());
            insertAll(connection, "INSERT INTO target_institution_type (target_id, institution_type) VALUES (?, ?)",
                    id, spec.types(), Function.identity());
            insertAll(connection, "INSERT INTO target_institution (target_id, institution_id) VALUES (?, ?)",
                    id, spec.institutions(), institutionIds::get);
            insertAll(connection, "INSERT INTO target_job_role (target_id, job_role) VALUES (?, ?)",
                    id, spec.roles(), Function.identity());
        }
    }

    private static long programmeId(Connection connection, String code) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM programme WHERE code = ?")) {
            statement.setString(1, code);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void insertAll(Connection connection, String sql, long targetId, List<String> values,
                                  Function<String, ?> toColumn) throws SQLException {
        for (String value : values) {
            insert(connection, sql, targetId, toColumn.apply(value));
        }
    }
}
