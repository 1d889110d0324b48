package dk.kompetence.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.reporting.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScheduledRunsTest {

    private static final LocalDateTime NIGHT = LocalDateTime.of(2026, 11, 26, 3, 15);

    private final TestDatabase database = new TestDatabase("runs");

    ScheduledRunsTest() throws SQLException {
    }

    @AfterEach
    void close() throws SQLException {
        database.close();
    }

    @Test
    void onlyTheFirstServerToClaimAPeriodRunsTheJob() throws SQLException {
        assertTrue(ScheduledRuns.claim(database.connection(), "retention", "2026-11-26", "node-a", NIGHT));
        assertFalse(ScheduledRuns.claim(database.connection(), "retention", "2026-11-26", "node-b", NIGHT));
        try (ResultSet row = database.connection().createStatement()
                .executeQuery("SELECT node FROM scheduled_run WHERE job = 'retention'")) {
            assertTrue(row.next());
            assertEquals("node-a", row.getString(1));
        }
    }

    @Test
    void theNextPeriodAndOtherJobsAreClaimedAfresh() throws SQLException {
        assertTrue(ScheduledRuns.claim(database.connection(), "retention", "2026-11-26", "node-a", NIGHT));
        assertTrue(ScheduledRuns.claim(database.connection(), "retention", "2026-11-27", "node-b", NIGHT.plusDays(1)));
        assertTrue(ScheduledRuns.claim(database.connection(), "calendar-mail", "2026-11-26", "node-b", NIGHT));
    }

    @Test
    void aBlankJobIsRefusedByTheDatabase() {
        SQLException refused = assertThrows(SQLException.class,
                () -> ScheduledRuns.claim(database.connection(), " ", "2026-11-26", "node-a", NIGHT));
        assertEquals("23513", refused.getSQLState());
    }
}
