package dk.kompetence.application;

import dk.kompetence.domain.organisation.Area;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.Municipality;
import dk.kompetence.domain.payroll.ImportRejection;
import dk.kompetence.domain.payroll.ImportRun;
import dk.kompetence.domain.payroll.ImportRun.CoverageUpdate;
import dk.kompetence.domain.payroll.PayrollEmployee;
import dk.kompetence.domain.payroll.PayrollMapping;
import dk.kompetence.domain.payroll.PayrollUnit;
import dk.kompetence.domain.payroll.PayrollUnitRow;
import dk.kompetence.domain.payroll.PayrollUpdate;
import dk.kompetence.domain.payroll.SourcePosition;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.person.PersonKind;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The import's final step: turns the staged rows of a run into institutions, people and
 * memberships in ONE transaction together with their audit entries, the coverage summary and the
 * run's result, then deletes the staged rows. Either all of the file's changes are there or none.
 * Rows that change nothing and people new to the system are handled set-based first
 * ({@link StagedEmployees}); the rest (moves, leavers, changed positions, the odd cases) are read
 * a page at a time (the persistence context is cleared after each page) so 45,000
 * employees fit in the server's heap. Called by the batch job only, which runs without a caller;
 * the run's starting HR user is recorded as the one who changed things.
 */
@Stateless
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class PayrollChanges {

    private static final Logger LOG = Logger.getLogger(PayrollChanges.class.getName());
    /**
     * Rows applied person by person per page. A page's people are looked up by an IN list of its
     * payroll ids: Derby probes the index for a hundred values, but read every person for 600.
     */
    private static final int PAGE = 100;
    private static final String NO_AREA = "Uden område";
    private static final Pattern EMPLOYEE_NUMBER = Pattern.compile("\\d{1,20}");

    @Resource
    UserTransaction transaction;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    CoverageSummaryUpdates coverageSummary;

    @Inject
    PayrollMapping mapping;

    @Inject
    Clock clock;

    /**
     * Above this many changed people one rebuild of the summary is cheaper than refreshing each
     * (measured at Copenhagen scale: rebuild 20 s, 26 ms a person).
     */
    @Inject
    @ConfigProperty(name = "kompetence.import.rebuild-above", defaultValue = "750")
    int rebuildAbove;

    @Inject
    @ConfigProperty(name = "kompetence.import.transaction-minutes", defaultValue = "30")
    int transactionMinutes;

    public ImportRun.Result apply(long runId) throws Exception {
        transaction.setTransactionTimeout(transactionMinutes * 60);
        transaction.begin();
        try {
            ImportRun.Result result = new Apply(runId).run();
            transaction.commit();
            return result;
        } catch (Exception | Error e) {
            int status = transaction.getStatus();
            if (status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            }
            throw e;
        }
    }

    /** One run's application; lives for the transaction. */
    private final class Apply {

        private final long runId;
        private final String user;
        private final String fileName;
        private final LocalDate today = LocalDate.now(clock);
        private final Map<String, Long> institutionOfUnit = new HashMap<>();
        private final Map<String, Long> institutionByPNumber = new HashMap<>();
        private final Set<Long> changedPeople = new LinkedHashSet<>();
        private final Set<Long> movedInstitutions = new HashSet<>();
        /**
         * The municipality's institutions by area and name (unique in the database), kept here as
         * units are applied: a query per unit would flush every managed unit each time.
         */
        private final Map<Placement, Institution> byPlacement = new HashMap<>();
        private int peopleCreated;
        private int peopleChanged;
        private int peopleLeft;
        private int peopleUnchanged;
        private int unitsCreated;
        private int unitsChanged;
        private int rejected;
        private int lastItem;

        Apply(long runId) {
            this.runId = runId;
            ImportRun run = entityManager.find(ImportRun.class, runId);
            this.user = run.getStartedBy();
            this.fileName = run.getFileName();
        }

        ImportRun.Result run() throws SQLException {
            long started = System.nanoTime();
            applyUnits();
            long bulkStarted = System.nanoTime();
            applyInBulk();
            long oneByOneStarted = System.nanoTime();
            applyEmployees();
            long coverageStarted = System.nanoTime();
            CoverageUpdate coverage = updateCoverage();
            long finished = System.nanoTime();
            deleteStaged();
            ImportRun.Result result = new ImportRun.Result(peopleCreated, peopleChanged, peopleLeft, peopleUnchanged,
                    unitsCreated, unitsChanged, rejected, coverage, millis(started, finished),
                    millis(coverageStarted, finished));
            entityManager.find(ImportRun.class, runId).completed(result, LocalDateTime.now(clock));
            // the parts of the apply step, for an operator wondering where a slow import spent its time
            LOG.info(() -> "Payroll import " + runId + " (" + fileName + ") applied: " + result + "; units "
                    + millis(started, bulkStarted) + " ms, unchanged and new people in bulk "
                    + millis(bulkStarted, oneByOneStarted) + " ms, the other rows person by person "
                    + millis(oneByOneStarted, coverageStarted) + " ms, coverage " + millis(coverageStarted, finished)
                    + " ms");
            return result;
        }

        // --- units -------------------------------------------------------------------------

        private void applyUnits() throws SQLException {
            Municipality municipality = entityManager.createQuery("SELECT m FROM Municipality m ORDER BY m.id",
                    Municipality.class).setMaxResults(1).getResultStream().findFirst()
                    .orElseThrow(() -> new RuleViolationException(Rule.INVALID_TRANSITION,
                            "Der er ingen kommune at indlæse enhederne i."));
            Map<String, PayrollUnit> units = new HashMap<>();
            entityManager.createQuery("SELECT u FROM PayrollUnit u", PayrollUnit.class).getResultList()
                    .forEach(u -> units.put(u.getKey(), u));
            Map<String, Area> areas = new HashMap<>();
            entityManager.createQuery("SELECT a FROM Area a WHERE a.municipality = :m", Area.class)
                    .setParameter("m", municipality).getResultList().forEach(a -> areas.put(a.getName(), a));
            Map<String, Institution> byPNumber = new HashMap<>();
            entityManager.createQuery("SELECT i FROM Institution i WHERE i.pNumber IS NOT NULL", Institution.class)
                    .getResultList().forEach(i -> byPNumber.put(i.getPNumber(), i));
            entityManager.createQuery("SELECT i FROM Institution i WHERE i.area.municipality = :m", Institution.class)
                    .setParameter("m", municipality).getResultList()
                    .forEach(i -> byPlacement.put(new Placement(i.getArea().getName(), i.getName()), i));
            List<Institution> newInstitutions = new ArrayList<>();

            Map<String, PayrollUnitRow> staged = stagedUnits();
            for (PayrollUnitRow row : staged.values()) {
                units.computeIfAbsent(row.key(), key -> {
                    PayrollUnit unit = new PayrollUnit(key);
                    unit.describe(row);
                    entityManager.persist(unit);
                    return unit;
                }).describe(row);
            }
            for (PayrollUnitRow row : staged.values()) {
                PayrollUnit unit = units.get(row.key());
                if (row.pNumber() == null) {
                    unit.institution(null);
                    continue;
                }
                Area area = areas.computeIfAbsent(areaName(unit, units), name -> {
                    Area created = new Area(municipality, name);
                    entityManager.persist(created);
                    return created;
                });
                Institution institution = unit.getInstitution() != null ? unit.getInstitution()
                        : byPNumber.get(row.pNumber());
                if (institution == null) {
                    institution = createInstitution(row, area);
                    if (institution != null) {
                        newInstitutions.add(institution);
                    }
                } else {
                    updateInstitution(institution, row, area);
                }
                unit.institution(institution);
                if (institution != null) {
                    byPNumber.put(row.pNumber(), institution);
                }
            }
            // one flush gives every new institution its id for the audit entries
            entityManager.flush();
            for (Institution institution : newInstitutions) {
                audit.recordBy(user, "INSTITUTION_CREATED", "Institution", institution.getId(), null,
                        "Lønimport " + fileName + ": " + institution.getName() + " (" + institution.getType() + ")");
            }
            byPNumber.forEach((pNumber, institution) -> institutionByPNumber.put(pNumber, institution.getId()));
            for (String key : units.keySet()) {
                institutionOfUnit.put(key, resolve(key, units));
            }
        }

        /** The area the payroll places an institution in: the nearest unit above it that is no institution. */
        private String areaName(PayrollUnit unit, Map<String, PayrollUnit> units) {
            if (unit.getAreaName() != null) {
                return unit.getAreaName();
            }
            PayrollUnit above = units.get(unit.getParentKey());
            for (int depth = 0; above != null && depth < 50; depth++) {
                if (above.getPNumber() == null) {
                    // the top of the tree is the municipality itself, not an area
                    return above.getParentKey() == null || !units.containsKey(above.getParentKey()) ? NO_AREA
                            : above.getName();
                }
                above = units.get(above.getParentKey());
            }
            return NO_AREA;
        }

        /** A department belongs to the institution above it; a unit above all institutions to none. */
        private Long resolve(String key, Map<String, PayrollUnit> units) {
            PayrollUnit unit = units.get(key);
            for (int depth = 0; unit != null && depth < 50; depth++) {
                if (unit.getInstitution() != null) {
                    return unit.getInstitution().getId();
                }
                unit = units.get(unit.getParentKey());
            }
            return null;
        }

        /** Not flushed: the caller records its audit entry once it has an id. */
        private Institution createInstitution(PayrollUnitRow row, Area area) {
            Placement placement = new Placement(area.getName(), row.name());
            if (byPlacement.containsKey(placement)) {
                rejectNameTaken(row, area);
                return null;
            }
            Institution institution = new Institution(area, row.name(), mapping.institutionType(row.name()));
            institution.identify(null, null, row.pNumber(), row.costCentre());
            entityManager.persist(institution);
            byPlacement.put(placement, institution);
            unitsCreated++;
            return institution;
        }

        private void rejectNameTaken(PayrollUnitRow row, Area area) {
            reject(row.position(), row.key(), "enheden " + row.name() + " findes allerede i " + area.getName()
                    + " med et andet P-nummer");
        }

        private void updateInstitution(Institution institution, PayrollUnitRow row, Area area) {
            boolean renamed = !institution.getName().equals(row.name());
            boolean moved = !institution.getArea().getName().equals(area.getName());
            boolean recosted = row.costCentre() != null && !row.costCentre().equals(institution.getCostCentre());
            if (!renamed && !moved && !recosted) {
                return;
            }
            Placement placement = new Placement(area.getName(), row.name());
            Institution namesake = byPlacement.get(placement);
            if ((renamed || moved) && namesake != null && namesake != institution) {
                rejectNameTaken(row, area);
                return;
            }
            byPlacement.remove(new Placement(institution.getArea().getName(), institution.getName()));
            byPlacement.put(placement, institution);
            institution.rename(row.name());
            institution.moveTo(area, institution.getType());
            institution.identify(institution.getInstitutionNumber(), institution.getDaycareUnitNumber(),
                    row.pNumber(), recosted ? row.costCentre() : institution.getCostCentre());
            if (moved) {
                movedInstitutions.add(institution.getId());
            }
            audit.recordBy(user, "INSTITUTION_CHANGED", "Institution", institution.getId(), null,
                    "Lønimport " + fileName + ": " + institution.getName() + " i " + area.getName());
            unitsChanged++;
        }

        // --- people ------------------------------------------------------------------------

        /** Unchanged rows and new people in plain SQL, so only real changes go person by person below. */
        private void applyInBulk() throws SQLException {
            StagedEmployees staged = new StagedEmployees(connection(), runId, today);
            peopleUnchanged += staged.dropUnchanged();
            List<Long> created = staged.createNewPeople(user, "Lønimport " + fileName + ": ansat ",
                    LocalDateTime.now(clock));
            peopleCreated += created.size();
            changedPeople.addAll(created);
        }

        private void applyEmployees() throws SQLException {
            for (List<PayrollEmployee> page = stagedEmployees(); !page.isEmpty(); page = stagedEmployees()) {
                applyPage(page);
            }
        }

        private void applyPage(List<PayrollEmployee> page) {
            Set<String> ids = new LinkedHashSet<>();
            page.forEach(row -> ids.add(row.payrollId()));
            Map<String, Person> people = new HashMap<>();
            entityManager.createQuery("SELECT DISTINCT p FROM Person p LEFT JOIN FETCH p.memberships"
                    + " WHERE p.payrollId IN :ids", Person.class).setParameter("ids", ids).getResultList()
                    .forEach(p -> people.put(p.getPayrollId(), p));
            List<String> numbers = ids.stream().filter(id -> !people.containsKey(id))
                    .filter(id -> EMPLOYEE_NUMBER.matcher(id).matches()).toList();
            if (!numbers.isEmpty()) {
                // people HR created by hand before the first import are adopted by their employee number
                entityManager.createQuery("SELECT DISTINCT p FROM Person p LEFT JOIN FETCH p.memberships"
                        + " WHERE p.payrollId IS NULL AND p.kind = :employee AND p.employeeNumber IN :numbers",
                        Person.class).setParameter("employee", PersonKind.EMPLOYEE).setParameter("numbers", numbers)
                        .getResultList().forEach(p -> people.put(p.getEmployeeNumber(), p));
            }
            Map<Person, String> created = new LinkedHashMap<>();
            Map<Person, String> changed = new LinkedHashMap<>();
            for (PayrollEmployee row : page) {
                Long institutionId = institutionOfUnit.get(row.unitKey());
                if (institutionId == null) {
                    institutionId = institutionByPNumber.get(row.unitKey());
                }
                if (institutionId == null) {
                    reject(row.position(), row.payrollId(), "enheden " + row.unitKey()
                            + " findes ikke eller hører ikke under en enhed med P-nummer");
                    continue;
                }
                Institution institution = entityManager.getReference(Institution.class, institutionId);
                Person person = people.get(row.payrollId());
                try {
                    if (person == null) {
                        person = create(row, institution);
                        people.put(row.payrollId(), person);
                        created.put(person, "Lønimport " + fileName + ": ansat " + row.hireDate() + " som "
                                + row.role() + (row.leaveDate() == null ? "" : ", fratrådt " + row.leaveDate()));
                        continue;
                    }
                    if (person.getPayrollId() == null) {
                        person.identifyInPayroll(row.payrollId());
                    }
                    PayrollUpdate.Changes changes = PayrollUpdate.apply(person, row, institution, today);
                    if (!changes.any()) {
                        peopleUnchanged++;
                    } else {
                        if (changes.left()) {
                            peopleLeft++;
                        } else {
                            peopleChanged++;
                        }
                        changed.merge(person, "Lønimport " + fileName + ": " + String.join("; ", changes.descriptions()),
                                (a, b) -> a + "; " + b);
                    }
                } catch (RuleViolationException e) {
                    reject(row.position(), row.payrollId(), e.getMessage());
                }
            }
            entityManager.flush();
            created.forEach((person, summary) -> record("PERSON_CREATED", person, summary));
            changed.forEach((person, summary) -> record("PERSON_CHANGED", person, summary));
            entityManager.flush();
            entityManager.clear();
        }

        private Person create(PayrollEmployee row, Institution institution) {
            String employeeNumber = EMPLOYEE_NUMBER.matcher(row.payrollId()).matches() ? row.payrollId() : null;
            JobRole role = row.role();
            Person person = Person.employee(row.firstName(), row.lastName(), employeeNumber, role, row.hireDate());
            person.identifyInPayroll(row.payrollId());
            person.contact(row.email(), null);
            person.join(institution, row.hireDate(), row.fte());
            if (row.leaveDate() != null) {
                person.leave(row.leaveDate());
            }
            entityManager.persist(person);
            peopleCreated++;
            return person;
        }

        private void record(String action, Person person, String summary) {
            changedPeople.add(person.getId());
            audit.recordBy(user, action, "Person", person.getId(), person.getId(), summary);
        }

        // --- coverage, staging, rejections ---------------------------------------------------

        private CoverageUpdate updateCoverage() {
            if (changedPeople.isEmpty() && movedInstitutions.isEmpty()) {
                return CoverageUpdate.NONE;
            }
            if (changedPeople.size() > rebuildAbove) {
                coverageSummary.everythingChanged();
                return CoverageUpdate.REBUILD;
            }
            movedInstitutions.forEach(coverageSummary::institutionChanged);
            coverageSummary.peopleChanged(changedPeople);
            return CoverageUpdate.PEOPLE;
        }

        private void reject(SourcePosition position, String reference, String reason) {
            entityManager.persist(new ImportRejection(runId, position, reference, reason));
            rejected++;
        }

        private Connection connection() {
            entityManager.flush();
            return entityManager.unwrap(Connection.class);
        }

        private Map<String, PayrollUnitRow> stagedUnits() throws SQLException {
            Map<String, PayrollUnitRow> rows = new LinkedHashMap<>();
            try (PreparedStatement select = connection().prepareStatement("SELECT line_number, element, unit_key,"
                    + " parent_key, name, p_number, cost_centre, area_name FROM import_staged_unit WHERE run_id = ?"
                    + " ORDER BY item")) {
                select.setLong(1, runId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        PayrollUnitRow row = new PayrollUnitRow(new SourcePosition(rs.getInt(1), rs.getString(2)),
                                rs.getString(3), rs.getString(4), rs.getString(5), stripped(rs.getString(6)),
                                rs.getString(7), rs.getString(8));
                        // a unit named twice in one file: the later element wins
                        rows.remove(row.key());
                        rows.put(row.key(), row);
                    }
                }
            }
            return rows;
        }

        /** The next page of staged employees in the file's order. */
        private List<PayrollEmployee> stagedEmployees() throws SQLException {
            List<PayrollEmployee> rows = new ArrayList<>();
            try (PreparedStatement select = connection().prepareStatement("SELECT item, line_number, element,"
                    + " payroll_id, first_name, last_name, email, job_role, unit_key, fte, hire_date, leave_date,"
                    + " change_date FROM import_staged_employee WHERE run_id = ? AND item > ? ORDER BY item"
                    + " FETCH FIRST " + PAGE + " ROWS ONLY")) {
                select.setLong(1, runId);
                select.setInt(2, lastItem);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        lastItem = rs.getInt(1);
                        rows.add(new PayrollEmployee(new SourcePosition(rs.getInt(2), rs.getString(3)), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), JobRole.valueOf(rs.getString(8)),
                                rs.getString(9), rs.getBigDecimal(10), date(rs, 11), date(rs, 12), date(rs, 13)));
                    }
                }
            }
            return rows;
        }

        private void deleteStaged() throws SQLException {
            Connection connection = connection();
            for (String table : List.of("import_staged_unit", "import_staged_employee")) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
                    delete.setLong(1, runId);
                    delete.executeUpdate();
                }
            }
        }
    }

    /** An institution's name is unique within its area. */
    private record Placement(String areaName, String institutionName) {
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** CHAR columns come back padded. */
    private static String stripped(String value) {
        return value == null ? null : value.strip();
    }
}
