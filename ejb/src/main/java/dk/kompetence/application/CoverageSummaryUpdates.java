package dk.kompetence.application;

import dk.kompetence.reporting.CoverageSummary;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Keeps the coverage summary current in the transaction of the change that moves it, so a
 * coverage report never shows stale numbers. The services call it after each such change; the
 * pending JPA changes are flushed first and the summary is refreshed over the persistence
 * context's own connection, which sees them. Callers have already checked their user's rights.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CoverageSummaryUpdates {

    private final CoverageSummary summary = new CoverageSummary();

    @Inject
    EntityManager entityManager;

    /** Their completions, enrolments, job, dates or memberships changed. */
    public void peopleChanged(Collection<Long> personIds) {
        if (!personIds.isEmpty()) {
            refresh(connection -> summary.refreshPeople(connection, personIds));
        }
    }

    public void personChanged(long personId) {
        peopleChanged(List.of(personId));
    }

    /** After a bulk change (a payroll import of thousands of people): cheaper than refreshing each. */
    public void everythingChanged() {
        refresh(summary::rebuild);
    }

    public void targetChanged(long targetId) {
        refresh(connection -> summary.refreshTarget(connection, targetId));
    }

    /** Its renewal period may have changed. */
    public void moduleChanged(long moduleId) {
        refresh(connection -> summary.refreshTargetsOfModule(connection, moduleId));
    }

    /** Its type or area may have changed. */
    public void institutionChanged(long institutionId) {
        refresh(connection -> summary.refreshInstitution(connection, institutionId));
    }

    private interface Refresh {
        void on(Connection connection) throws SQLException;
    }

    private void refresh(Refresh refresh) {
        entityManager.flush();
        try {
            refresh.on(entityManager.unwrap(Connection.class));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not bring the coverage summary up to date", e);
        }
    }
}
