package dk.kompetence.domain.budget;

import static dk.kompetence.domain.Fixtures.employee;
import static dk.kompetence.domain.Fixtures.meeting;
import static dk.kompetence.domain.Fixtures.publishedModule;
import static dk.kompetence.domain.Fixtures.session;
import static dk.kompetence.domain.Fixtures.volunteer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.session.CourseSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnrolmentCostTest {

    /** 2027: a teacher's cover costs 400 kr./t, a pedagogue's 340; 2026 is cheaper. */
    private static final EnrolmentCost.SubstituteRates RATES = (year, role) -> Optional.ofNullable(Map.of(
            2026, Map.of(JobRole.TEACHER, new BigDecimal("380.00")),
            2027, Map.of(JobRole.TEACHER, new BigDecimal("400.00"), JobRole.PEDAGOGUE, new BigDecimal("340.00")))
            .getOrDefault(year, Map.of()).get(role));

    private final Person teacher = employee("Søren", "Østergaard", JobRole.TEACHER, LocalDate.of(2015, 8, 1));
    private final Person pedagogue = employee("Åse", "Bæk", JobRole.PEDAGOGUE, LocalDate.of(2018, 8, 1));

    /** Two meetings in January 2027: 09:00–15:00 (6 h) and 12:30–16:00 (3.5 h). */
    private static CourseSession nineAndAHalfHours(CourseModule module) {
        return session(module, 20, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), List.of(
                meeting(LocalDate.of(2027, 1, 11), LocalTime.of(9, 0), LocalTime.of(15, 0)),
                meeting(LocalDate.of(2027, 1, 18), LocalTime.of(12, 30), LocalTime.of(16, 0))));
    }

    @Test
    void costIsTheFeePlusMeetingHoursTimesTheRoleRateOfTheSessionsYear() {
        CourseModule module = publishedModule("NEST-9", "NEST", "21", null);
        module.chargeFee(new BigDecimal("4500"));
        CourseSession session = nineAndAHalfHours(module);

        assertEquals(new BigDecimal("9.5000"), EnrolmentCost.meetingHours(session));
        assertEquals(new BigDecimal("8300.00"), EnrolmentCost.of(session, teacher, RATES));   // 4500 + 9.5 × 400
        assertEquals(new BigDecimal("7730.00"), EnrolmentCost.of(session, pedagogue, RATES)); // 4500 + 9.5 × 340
    }

    @Test
    void aFreeModuleCostsOnlyTheSubstituteCover() {
        CourseSession session = nineAndAHalfHours(publishedModule("HU-9", "Stærke Fællesskaber", "7.5", null));
        assertEquals(new BigDecimal("3800.00"), EnrolmentCost.of(session, teacher, RATES));
    }

    @Test
    void volunteersNeedNoCoverAndPayOnlyTheFee() {
        CourseModule module = publishedModule("VOL-9", "Trænerkursus", "6", null);
        module.chargeFee(new BigDecimal("250.50"));
        assertEquals(new BigDecimal("250.50"),
                EnrolmentCost.of(nineAndAHalfHours(module), volunteer("Bjørn", "Lærke"), RATES));
    }

    @Test
    void aRoleWithoutARateThatYearCountsNoCover() {
        Person psychologist = employee("Karen", "Ågård", JobRole.PSYCHOLOGIST, LocalDate.of(2010, 1, 1));
        CourseSession session = nineAndAHalfHours(publishedModule("PPR-9", "PPR", "7", null));
        assertEquals(new BigDecimal("0.00"), EnrolmentCost.of(session, psychologist, RATES));
    }

    @Test
    void feesFixedCostsAndRatesAreNeverNegativeAndOnlyAnExternalFundIsNamed() {
        CourseModule module = publishedModule();
        assertThrows(IllegalArgumentException.class, () -> module.chargeFee(new BigDecimal("-1")));
        assertThrows(IllegalArgumentException.class, () -> new SubstituteRate(2027, JobRole.TEACHER, new BigDecimal("-0.01")));
        CourseSession session = nineAndAHalfHours(module);
        assertEquals(Payer.INSTITUTION, session.getPayer());
        assertThrows(IllegalArgumentException.class, () -> session.fund(Payer.AREA, null, new BigDecimal("-5")));
        assertThrows(IllegalArgumentException.class, () -> session.fund(Payer.EXTERNAL_FUND, " ", null));
        assertThrows(IllegalArgumentException.class, () -> session.fund(Payer.CENTRAL_POOL, "LIFE-Fonden", null));
        session.fund(Payer.EXTERNAL_FUND, " LIFE-Fonden ", new BigDecimal("12000"));
        assertEquals("LIFE-Fonden", session.getPayerFund());
        assertEquals(new BigDecimal("12000"), session.getFixedCost());
    }
}
