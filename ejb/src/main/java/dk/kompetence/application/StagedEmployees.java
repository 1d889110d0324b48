package dk.kompetence.application;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The bulk of an import in plain SQL (Derby and PostgreSQL alike): staged rows that change nothing
 * are dropped, and people the payroll names for the first time are created with their membership
 * and audit entry by {@code INSERT … SELECT}, so only rows that really change anything go through
 * JPA one person at a time. Conservative on purpose: a row it is not sure about (a payroll id twice
 * in the file, a unit more than three levels below its institution, a person HR created by hand, a
 * leaver) is left staged for the per-person path, which decides exactly as before.
 */
final class StagedEmployees {

    private static final Pattern EMPLOYEE_NUMBER = Pattern.compile("\\d{1,20}");

    /** More payroll ids named twice than this is a broken file: it all goes person by person. */
    private static final int MAX_NAMED_TWICE = 500;

    /**
     * The run's staged rows (placeholder {@code %s}: those named once) with the institution each
     * belongs to: the nearest unit up the payroll tree that is an institution, or (a CSV row names
     * its unit by P-number) the institution with that P-number when the unit is not in the tree.
     */
    private static final String RESOLVED = "(SELECT s.item, s.payroll_id, s.first_name, s.last_name, s.email,"
            + " s.job_role, s.fte, s.hire_date, s.leave_date, COALESCE(s.change_date, CAST(? AS DATE)) AS effective,"
            + " CASE WHEN u0.unit_key IS NULL THEN ip.id ELSE COALESCE(u0.institution_id, u1.institution_id,"
            + " u2.institution_id, u3.institution_id) END AS institution_id"
            + " FROM import_staged_employee s"
            + " LEFT JOIN payroll_unit u0 ON u0.unit_key = s.unit_key"
            + " LEFT JOIN payroll_unit u1 ON u1.unit_key = u0.parent_key"
            + " LEFT JOIN payroll_unit u2 ON u2.unit_key = u1.parent_key"
            + " LEFT JOIN payroll_unit u3 ON u3.unit_key = u2.parent_key"
            + " LEFT JOIN institution ip ON ip.p_number = s.unit_key"
            + " WHERE s.run_id = ?%s) r";

    /**
     * Same name, e-mail, job role, not leaving, and the one membership running on the row's date
     * matches. Selected once and deleted by key: as {@code DELETE … WHERE item IN (this)} Derby
     * evaluated the whole join again for every staged row (hours for 45,000 rows).
     */
    private static final String UNCHANGED = "SELECT r.item FROM " + RESOLVED
            + " JOIN person p ON p.payroll_id = r.payroll_id"
            + " JOIN membership m ON m.person_id = p.id"
            + " WHERE r.leave_date IS NULL AND p.end_date IS NULL AND r.institution_id IS NOT NULL"
            + " AND p.first_name = r.first_name AND p.last_name = r.last_name AND p.job_role = r.job_role"
            + " AND (p.email = r.email OR (p.email IS NULL AND r.email IS NULL))"
            + " AND m.institution_id = r.institution_id AND m.fte = r.fte"
            + " AND m.start_date <= r.effective AND (m.end_date IS NULL OR m.end_date >= r.effective)"
            + " AND NOT EXISTS (SELECT 1 FROM membership o WHERE o.person_id = p.id AND o.id <> m.id"
            + " AND o.start_date <= r.effective AND (o.end_date IS NULL OR o.end_date >= r.effective))";

    /**
     * Nobody has the payroll id yet, nor holds it as their employee number (someone HR created by
     * hand is adopted by it; anyone else is left to the per-person path, which decides as before).
     * The payroll id doubles as the employee number, as for a person created one by one; the few
     * that are no number are cleared afterwards: Derby and PostgreSQL share no "only digits" test.
     */
    private static final String CREATE_PEOPLE = "INSERT INTO person (kind, first_name, last_name, email, job_role,"
            + " hire_date, end_date, payroll_id, employee_number, version)"
            + " SELECT 'EMPLOYEE', r.first_name, r.last_name, r.email, r.job_role, r.hire_date, r.leave_date,"
            + " r.payroll_id, CASE WHEN LENGTH(r.payroll_id) <= 20 THEN r.payroll_id END, 1 FROM " + RESOLVED
            + " WHERE r.institution_id IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM person k WHERE k.payroll_id = r.payroll_id)"
            + " AND NOT EXISTS (SELECT 1 FROM person k WHERE k.employee_number = r.payroll_id)";

    private static final String CREATE_MEMBERSHIPS = "INSERT INTO membership (person_id, institution_id, start_date,"
            + " end_date, fte) SELECT p.id, r.institution_id, r.hire_date, r.leave_date, r.fte FROM " + RESOLVED
            + " JOIN person p ON p.payroll_id = r.payroll_id AND p.id > ?";

    /**
     * The people just created: ids above those there before, with a payroll id (only an import
     * gives one, and one import runs at a time). Read from the person rows, which hold the staged
     * values, instead of resolving the staged rows again.
     */
    private static final String CREATED = " FROM person p WHERE p.id > ? AND p.payroll_id IS NOT NULL";

    /** The same words as for a person created one by one. */
    private static final String AUDIT_CREATED = "INSERT INTO audit_event (occurred_at, actor, action, entity_type,"
            + " entity_id, person_id, summary) SELECT CAST(? AS TIMESTAMP), CAST(? AS VARCHAR(100)), 'PERSON_CREATED',"
            + " 'Person', p.id, p.id, CAST(? AS VARCHAR(400)) || CAST(p.hire_date AS CHAR(10)) || ' som ' || p.job_role"
            + " || COALESCE(', fratrådt ' || CAST(p.end_date AS CHAR(10)), '')" + CREATED;

    private static final String CREATED_PEOPLE = "SELECT p.id, p.payroll_id" + CREATED;

    private static final String UNSTAGE_CREATED = "DELETE FROM import_staged_employee WHERE run_id = ? AND EXISTS"
            + " (SELECT 1 FROM person p WHERE p.payroll_id = import_staged_employee.payroll_id AND p.id > ?)";

    private final Connection connection;
    private final long runId;
    private final LocalDate today;
    /** Payroll ids the file names more than once: their rows keep the file's order, person by person. */
    private final List<String> namedTwice;

    StagedEmployees(Connection connection, long runId, LocalDate today) throws SQLException {
        this.connection = connection;
        this.runId = runId;
        this.today = today;
        this.namedTwice = namedTwice();
    }

    /** Drops the staged rows that would change nothing; returns how many. */
    int dropUnchanged() throws SQLException {
        if (namedTwice.size() > MAX_NAMED_TWICE) {
            return 0;
        }
        List<Integer> items = new ArrayList<>();
        try (PreparedStatement select = prepare(UNCHANGED)) {
            bindResolved(select, 1);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    items.add(rs.getInt(1));
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM import_staged_employee WHERE run_id = ? AND item = ?")) {
            for (int item : items) {
                delete.setLong(1, runId);
                delete.setInt(2, item);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        return items.size();
    }

    /**
     * Creates the people the payroll names for the first time with their membership and audit
     * entry, drops their staged rows and returns their ids.
     */
    List<Long> createNewPeople(String actor, String auditPrefix, LocalDateTime now) throws SQLException {
        if (namedTwice.size() > MAX_NAMED_TWICE) {
            return List.of();
        }
        long before = highestPersonId();
        try (PreparedStatement insert = prepare(CREATE_PEOPLE)) {
            bindResolved(insert, 1);
            if (insert.executeUpdate() == 0) {
                return List.of();
            }
        }
        try (PreparedStatement insert = prepare(CREATE_MEMBERSHIPS)) {
            insert.setLong(bindResolved(insert, 1), before);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(AUDIT_CREATED)) {
            insert.setTimestamp(1, Timestamp.valueOf(now));
            insert.setString(2, actor);
            insert.setString(3, auditPrefix);
            insert.setLong(4, before);
            insert.executeUpdate();
        }
        List<Long> created = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CREATED_PEOPLE);
             PreparedStatement noNumber = connection.prepareStatement(
                     "UPDATE person SET employee_number = NULL WHERE id = ?")) {
            select.setLong(1, before);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    created.add(rs.getLong(1));
                    if (!EMPLOYEE_NUMBER.matcher(rs.getString(2)).matches()) {
                        noNumber.setLong(1, rs.getLong(1));
                        noNumber.addBatch();
                    }
                }
            }
            noNumber.executeBatch();
        }
        try (PreparedStatement unstage = connection.prepareStatement(UNSTAGE_CREATED)) {
            unstage.setLong(1, runId);
            unstage.setLong(2, before);
            unstage.executeUpdate();
        }
        return created;
    }

    private List<String> namedTwice() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT payroll_id FROM import_staged_employee"
                + " WHERE run_id = ? GROUP BY payroll_id HAVING COUNT(*) > 1")) {
            select.setLong(1, runId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private long highestPersonId() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM person");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        String namedOnce = namedTwice.isEmpty() ? ""
                : " AND s.payroll_id NOT IN (" + "?, ".repeat(namedTwice.size() - 1) + "?)";
        return connection.prepareStatement(sql.replace("?%s", "?" + namedOnce));
    }

    private int bindResolved(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        statement.setDate(index++, Date.valueOf(today));
        statement.setLong(index++, runId);
        for (String payrollId : namedTwice) {
            statement.setString(index++, payrollId);
        }
        return index;
    }
}
