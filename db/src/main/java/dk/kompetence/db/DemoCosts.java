package dk.kompetence.db;

import dk.kompetence.db.DemoOrganisation.Institution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Money for the demo municipality: fees on the external providers' modules, who pays for which
 * sessions, substitute rates per job role and budgets per institution and for the central pool.
 * Fixed figures, so every load gives the same amounts.
 */
final class DemoCosts {

    /** Kroner per participant, on the modules bought from outside the municipality. */
    private static final Map<String, String> FEES = Map.of(
            "NEST-01", "4500.00",
            "NA-01", "3200.00",
            "LOEFT-01", "3200.00");

    /** Kroner per hour of substitute cover, for the first year; later years add 3 %. */
    private static final Map<String, String> RATES = Map.ofEntries(
            Map.entry("TEACHER", "385.00"),
            Map.entry("PEDAGOGUE", "340.00"),
            Map.entry("PEDAGOGICAL_ASSISTANT", "290.00"),
            Map.entry("UNTRAINED_ASSISTANT", "250.00"),
            Map.entry("SUBSTITUTE", "0.00"),
            Map.entry("LEADER", "0.00"),
            Map.entry("PSYCHOLOGIST", "0.00"),
            Map.entry("SPEECH_THERAPIST", "0.00"),
            Map.entry("HEALTH_VISITOR", "0.00"),
            Map.entry("SOCIAL_WORKER", "0.00"),
            Map.entry("SSP_WORKER", "310.00"),
            Map.entry("RESOURCE_PERSON", "360.00"));

    /**
     * What the demo enrolments use of budget b, priced as the application prices them: fee +
     * meeting hours × the role's substitute rate in the session's year, for the enrolments on
     * sessions the institution pays for that are committed or spent. The JDBC escapes ({fn …})
     * are what Derby and PostgreSQL share for the hours and the year of a date.
     */
    static final String USED = "SELECT COALESCE(SUM(COALESCE(m.fee_per_participant, 0) + COALESCE(r.hourly_rate, 0) * "
            + SessionMinutes.OF_SESSION_S + " / 60), 0) "
            + "FROM enrolment e JOIN course_session s ON s.id = e.session_id "
            + "JOIN course_module m ON m.id = s.module_id JOIN person p ON p.id = e.person_id "
            + "LEFT JOIN substitute_rate r ON r.rate_year = {fn YEAR(s.starts_on)} AND r.job_role = p.job_role "
            + "WHERE e.institution_id = b.institution_id AND {fn YEAR(s.starts_on)} = b.budget_year "
            + "AND s.payer = 'INSTITUTION' AND e.status IN ('REQUESTED', 'CONFIRMED', 'COMPLETED', 'NO_SHOW')";

    private static final BigDecimal PER_HEAD = new BigDecimal("6000.00");
    private static final BigDecimal CENTRAL_POOL = new BigDecimal("750000.00");

    private DemoCosts() {
    }

    /** Rates and budgets for the years the demo sessions span: two back, this one and the next. */
    static void write(Connection connection, List<Institution> institutions, int thisYear) throws SQLException {
        List<Object[]> fees = new ArrayList<>();
        FEES.forEach((code, fee) -> fees.add(new Object[] {new BigDecimal(fee), code}));
        DemoJdbc.batch(connection, "UPDATE course_module SET fee_per_participant = ? WHERE code = ?", fees);
        // The Hillerød programme is paid centrally; LIFE's courses by the foundation partnership.
        DemoJdbc.batch(connection, "UPDATE course_session SET payer = 'CENTRAL_POOL' WHERE module_id IN "
                + "(SELECT id FROM course_module WHERE code LIKE ?)", List.<Object[]>of(new Object[] {"HU-%"}));
        DemoJdbc.batch(connection, "UPDATE course_session SET payer = 'EXTERNAL_FUND', payer_fund = ? WHERE module_id IN "
                + "(SELECT m.id FROM course_module m JOIN provider p ON p.id = m.provider_id WHERE p.kind = ?)",
                List.<Object[]>of(new Object[] {"LIFE-Fonden (partnerskab)", "FOUNDATION"}));

        List<Object[]> rates = new ArrayList<>();
        List<Object[]> budgets = new ArrayList<>();
        for (int year = thisYear - 2; year <= thisYear + 1; year++) {
            BigDecimal indexed = BigDecimal.ONE.add(new BigDecimal("0.03").multiply(BigDecimal.valueOf(year - thisYear + 2)));
            for (Map.Entry<String, String> rate : RATES.entrySet()) {
                rates.add(new Object[] {year, rate.getKey(),
                        new BigDecimal(rate.getValue()).multiply(indexed).setScale(2, RoundingMode.HALF_UP)});
            }
            budgets.add(new Object[] {year, null, CENTRAL_POOL, "WARN"});
            for (Institution institution : institutions) {
                if (institution.staffing() == DemoStaffing.VOLUNTEERS) {
                    continue;
                }
                // Institutions whose leader approves enrolments keep to their budget strictly.
                budgets.add(new Object[] {year, institution.id(),
                        PER_HEAD.multiply(BigDecimal.valueOf(institution.headcount())),
                        institution.approvalRequired() ? "BLOCK" : "WARN"});
            }
        }
        DemoJdbc.batch(connection, "INSERT INTO substitute_rate (rate_year, job_role, hourly_rate) VALUES (?, ?, ?)", rates);
        DemoJdbc.batch(connection, "INSERT INTO budget (budget_year, institution_id, amount, over_budget_policy) "
                + "VALUES (?, ?, ?, ?)", budgets);
        // A strict budget the demo enrolments already use up would refuse every approval in the
        // demo: those get three times what is used, so there is room to approve more.
        DemoJdbc.batch(connection, "UPDATE budget b SET amount = 3 * (" + USED + ") "
                + "WHERE b.over_budget_policy = 'BLOCK' AND b.amount < 2 * (" + USED + ")", List.<Object[]>of(new Object[0]));
    }
}
