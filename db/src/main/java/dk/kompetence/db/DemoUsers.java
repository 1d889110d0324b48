package dk.kompetence.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One demo user per role, all with the password {@value #PASSWORD} (listed in the README).
 * The people are picked from the demo data by rule, so the same users come back every load.
 */
final class DemoUsers {

    static final String PASSWORD = "kompetence";

    private DemoUsers() {
    }

    static void write(Connection connection) throws SQLException {
        List<Long> daycareStaff = people(connection, """
                SELECT p.id FROM person p JOIN membership m ON m.person_id = p.id AND m.end_date IS NULL
                JOIN institution i ON i.id = m.institution_id
                WHERE p.job_role = 'PEDAGOGUE' AND p.end_date IS NULL AND i.type = 'DAYCARE'
                  AND i.approval_required = FALSE
                  AND i.id = (SELECT MIN(i2.id) FROM institution i2 WHERE i2.type = 'DAYCARE' AND i2.approval_required = FALSE)
                ORDER BY p.id FETCH FIRST 2 ROWS ONLY""");
        long approving = single(connection, "SELECT MIN(i.id) FROM institution i WHERE i.approval_required = TRUE "
                + "AND EXISTS (SELECT 1 FROM membership m JOIN person p ON p.id = m.person_id WHERE m.institution_id = i.id "
                + "AND m.end_date IS NULL AND p.job_role = 'LEADER')");
        long leader = single(connection, "SELECT MIN(p.id) FROM person p JOIN membership m ON m.person_id = p.id "
                + "WHERE m.institution_id = " + approving + " AND m.end_date IS NULL AND p.end_date IS NULL AND p.job_role = 'LEADER'");
        long requester = single(connection, "SELECT MIN(p.id) FROM person p JOIN membership m ON m.person_id = p.id "
                + "WHERE m.institution_id = " + approving + " AND m.end_date IS NULL AND p.end_date IS NULL "
                + "AND p.job_role <> 'LEADER'");
        long volunteer = single(connection, "SELECT MIN(p.id) FROM person p WHERE p.kind = 'VOLUNTEER'");
        long college = single(connection, "SELECT MIN(id) FROM provider WHERE kind = 'UNIVERSITY_COLLEGE'");

        user(connection, "medarbejder", daycareStaff.get(0), null, "employee");
        user(connection, "medarbejder2", daycareStaff.get(1), null, "employee");
        user(connection, "medarbejder3", requester, null, "employee");
        user(connection, "leder", leader, null, "leader");
        user(connection, "frivillig", volunteer, null, "volunteer");
        user(connection, "hr", null, null, "hr");
        user(connection, "underviser", null, college, "educator");
    }

    private static void user(Connection connection, String username, Long person, Long provider, String role)
            throws SQLException {
        PasswordDigest digest = PasswordDigest.of(PASSWORD);
        // Plain batches, not DemoData.insert: these tables have no generated id to read back.
        DemoJdbc.batch(connection, "INSERT INTO user_account (username, password_hash, password_salt, "
                        + "password_iterations, person_id, provider_id) VALUES (?, ?, ?, ?, ?, ?)",
                List.<Object[]>of(new Object[] {username, digest.hash(), digest.salt(), digest.iterations(), person,
                        provider}));
        DemoJdbc.batch(connection, "INSERT INTO user_role (username, role) VALUES (?, ?)",
                List.<Object[]>of(new Object[] {username, role}));
    }

    private static List<Long> people(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        List<Long> ids = people(connection, sql);
        if (ids.isEmpty() || ids.get(0) == 0) {
            throw new IllegalStateException("The demo data has no match for " + sql);
        }
        return ids.get(0);
    }
}
