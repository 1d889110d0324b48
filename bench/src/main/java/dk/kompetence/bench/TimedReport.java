package dk.kompetence.bench;

import dk.kompetence.reporting.CoverageCounts;
import dk.kompetence.reporting.CoverageFilter;
import dk.kompetence.reporting.CoverageQuery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * A coverage report the benchmark times on both sides: the set-based SQL over the base tables
 * (CoverageQuery, as the application runs it) and the REST endpoint HR calls.
 */
record TimedReport(String key, String label, Long institutionId) {

    static TimedReport municipality() {
        return new TimedReport("municipality", "Municipality-wide", null);
    }

    List<? extends CoverageCounts> query(Connection connection, LocalDate day) throws SQLException {
        CoverageQuery query = new CoverageQuery(CoverageQuery.Source.BASE_TABLES);
        return institutionId == null
                ? query.municipality(connection, day, CoverageFilter.everything())
                : query.byInstitution(connection, day, CoverageFilter.institution(institutionId));
    }

    /** The endpoint, on its default date (today, Danish time). */
    String path() {
        return institutionId == null
                ? "/kompetence/api/v1/coverage/municipality"
                : "/kompetence/api/v1/coverage?institution=" + institutionId;
    }
}
