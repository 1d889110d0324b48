package dk.kompetence.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coverage definitions (see {@link CoverageQuery}) on a small town whose right answers are
 * worked out by hand below. The reference date is {@link #D} (2026-06-30) unless a test says
 * otherwise.
 *
 * <pre>
 * Areas: Nord (1): Solsikken (10, daycare), Nordskolen (20, school)
 *        Syd  (2): Myretuen (11, daycare), Sydskolen (21, school), Boldklubben (30, association)
 * Modules: NA-01 (100), LØFT (101, renewal 12 months), HU-01 (102) + HU-02 (103) = programme HU (200),
 *          IV-01 (104), FRI-01 (105)
 *
 * person               role   memberships (fte)                      completions / enrolments
 *  1 Anna Andersen     PED    Solsikken 2015- (1)                    NA 2024-05-01 (course), LØFT 2025-06-30,
 *                                                                    HU-01 2020, HU-02 2021
 *  2 Bo Bech           PA     Solsikken 2016- (0.5)                  never enrolled; 2 h supervision 2025-10-01
 *  3 Cecilie Carlsen   PED    Solsikken, hired 2026-03-01 (1)        HU-01 2026-04-01; NA confirmed (requested
 *                                                                    2026-03-10); HU-02 requested 2026-05-01
 *  4 Dorte Dahl        LEADER Solsikken 2010- (1)                    LØFT 2026-01-15
 *  5 Frida Fisker      PED    Solsikken 2018 - 2026-04-30,           NA 2019 (supervision counted as NA)
 *                             Myretuen 2026-05-01- (1)
 *  6 Gustav Gram       PED    Myretuen 2012 - 2026-05-31, left then  -
 *  7 Hans Holm         TEACH  Nordskolen (1)                         IV 2025-02-01 (60 h)
 *  8 Ida Iversen       PED    Nordskolen (0.5)                       IV 2024-09-01
 *  9 Jens Juhl         TEACH  Nordskolen (1)                         IV cancelled
 * 10 Karin Krog        PED    Nordskolen 2014- (0.5) and             IV waitlisted (requested 2026-02-01)
 *                             Solsikken 2020- (0.5)
 * 11 Lone Lund         TEACH  Sydskolen (1)                          IV 2023-05-01
 * 12 Mads Munk         volunteer, Boldklubben                        FRI 2025-04-01
 * 13 Nina Nørgaard     volunteer, Boldklubben                        -
 *
 * target                                    what     where                      who             deadline
 *  1 NA   100 %                             NA-01    type DAYCARE               PED, PA         2026-03-31
 *  2 LØFT 100 %                             LØFT     everywhere                 all employees   2026-12-31
 *  3 HU   100 %, within 6 months of hire    HU prog. Solsikken + type SCHOOL    all employees   2026-01-31
 *  4 IV   at least 2 per institution        IV-01    type SCHOOL                TEACH, PED      2026-12-31
 *  5 FRI  50 %                              FRI-01   types ASSOCIATION, DAYCARE volunteers only 2026-12-31
 *  6 retired (inactive)                     NA-01    everywhere                 all employees   2025-12-31
 * </pre>
 */
class CoverageQueryTest {

    private static final LocalDate D = LocalDate.of(2026, 6, 30);

    private static final long NORD = 1;
    private static final long SYD = 2;
    private static final long SOLSIKKEN = 10;
    private static final long MYRETUEN = 11;
    private static final long NORDSKOLEN = 20;
    private static final long SYDSKOLEN = 21;
    private static final long BOLDKLUBBEN = 30;

    private static final long NA = 1;
    private static final long LOEFT = 2;
    private static final long HU = 3;
    private static final long IV = 4;
    private static final long FRI = 5;
    private static final long RETIRED = 6;

    private static final String PED = "PEDAGOGUE";
    private static final String PA = "PEDAGOGICAL_ASSISTANT";
    private static final String TEACHER = "TEACHER";
    private static final String LEADER = "LEADER";
    private static final String VOLUNTEERS = null;

    private static TestDatabase database;
    private final CoverageQuery query = new CoverageQuery(CoverageQuery.Source.BASE_TABLES);

    @BeforeAll
    static void buildTheTown() throws SQLException {
        database = new TestDatabase("coverage");
        database.execute(SmallTown.SQL);
    }

    @AfterAll
    static void drop() throws SQLException {
        database.close();
    }

    @Test
    void peopleWhoNeverEnrolledCountInTheDenominator() throws SQLException {
        // Bo never enrolled in anything: he is the whole pedagogical-assistant row, uncovered.
        assertCounts(1, 0, 0, 1, row(D, SOLSIKKEN, NA, PA));
        // Anna, Cecilie and Karin; only Anna and Cecilie ever enrolled for NA-01.
        assertCounts(3, 1, 1, 2, row(D, SOLSIKKEN, NA, PED));
        // Nobody at Nordskolen ever enrolled for LØFT, and all four are in scope.
        assertCounts(2, 0, 0, 0, row(D, NORDSKOLEN, LOEFT, TEACHER));
        assertCounts(2, 0, 0, 0, row(D, NORDSKOLEN, LOEFT, PED));
    }

    @Test
    void aCompletionIsValidOnItsLastDayAndExpiredTheDayAfter() throws SQLException {
        // Anna's LØFT of 2025-06-30 with 12 months' renewal is valid until 2026-06-29.
        assertCounts(3, 1, 0, 0, row(LocalDate.of(2026, 6, 29), SOLSIKKEN, LOEFT, PED));
        assertCounts(3, 0, 0, 0, row(D, SOLSIKKEN, LOEFT, PED));
        // Dorte's of 2026-01-15 still is.
        assertCounts(1, 1, 0, 0, row(D, SOLSIKKEN, LOEFT, LEADER));
    }

    @Test
    void aCompletionCountsFromTheDayItWasCompleted() throws SQLException {
        assertCounts(1, 0, 0, 0, row(LocalDate.of(2026, 1, 14), SOLSIKKEN, LOEFT, LEADER));
        assertCounts(1, 1, 0, 0, row(LocalDate.of(2026, 1, 15), SOLSIKKEN, LOEFT, LEADER));
    }

    @Test
    void aPersonWhoMovedCountsAtTheOldInstitutionUntilTheMoveAndAtTheNewFromIt() throws SQLException {
        // Frida (covered by her NA supervision) leaves Solsikken on 2026-04-30, starts at Myretuen on 05-01.
        assertCounts(4, 2, 1, 2, row(LocalDate.of(2026, 4, 30), SOLSIKKEN, NA, PED));
        assertCounts(1, 0, 0, 1, row(LocalDate.of(2026, 4, 30), MYRETUEN, NA, PED));
        assertCounts(3, 1, 1, 2, row(LocalDate.of(2026, 5, 1), SOLSIKKEN, NA, PED));
        assertCounts(2, 1, 0, 1, row(LocalDate.of(2026, 5, 1), MYRETUEN, NA, PED));
    }

    @Test
    void leaversDropOutAfterTheirEndDate() throws SQLException {
        // Gustav's last day is 2026-05-31.
        assertCounts(2, 1, 0, 1, row(LocalDate.of(2026, 5, 31), MYRETUEN, NA, PED));
        assertCounts(1, 1, 0, 0, row(LocalDate.of(2026, 6, 1), MYRETUEN, NA, PED));
    }

    @Test
    void newEmployeesAreNotInScopeBeforeTheyAreHired() throws SQLException {
        // Cecilie is hired 2026-03-01: before that Solsikken's pedagogues are Anna, Frida and Karin.
        assertCounts(3, 2, 0, 0, row(LocalDate.of(2026, 2, 28), SOLSIKKEN, NA, PED));
        assertCounts(4, 2, 0, 0, row(LocalDate.of(2026, 3, 1), SOLSIKKEN, NA, PED));
    }

    @Test
    void volunteersCountOnlyWhereTheTargetIncludesThem() throws SQLException {
        List<CoverageRow> rows = query.byInstitution(database.connection(), D, CoverageFilter.everything());
        // FRI is for volunteers only: Mads (covered) and Nina at Boldklubben; 1 of 2 meets 50 %.
        CoverageRow fri = row(D, BOLDKLUBBEN, FRI, VOLUNTEERS);
        assertCounts(2, 1, 0, 0, fri);
        assertTrue(fri.met());
        // It also names daycare, but the employees there are not volunteers.
        assertEquals(Set.of(BOLDKLUBBEN), rows.stream().filter(r -> r.targetId() == FRI)
                .map(CoverageRow::institutionId).collect(Collectors.toSet()));
        // LØFT applies everywhere but only to employees: no row at the association, none for volunteers.
        assertTrue(rows.stream().noneMatch(r -> r.targetId() == LOEFT && r.institutionId() == BOLDKLUBBEN));
        assertTrue(rows.stream().noneMatch(r -> r.jobRole() == null && r.targetId() != FRI));
    }

    @Test
    void onlyTheTargetsJobRolesAreInScope() throws SQLException {
        // NA is for pedagogues and assistants: Dorte, the leader, is not in it.
        assertTrue(query.byInstitution(database.connection(), D, CoverageFilter.everything()).stream()
                .noneMatch(r -> r.targetId() == NA && LEADER.equals(r.jobRole())));
        assertCounts(1, 1, 0, 0, row(D, SOLSIKKEN, LOEFT, LEADER));
    }

    @Test
    void aTargetAppliesAtItsInstitutionTypesAndItsNamedInstitutions() throws SQLException {
        // HU names Solsikken and the type SCHOOL; Myretuen is neither.
        assertEquals(Set.of(SOLSIKKEN, NORDSKOLEN, SYDSKOLEN), institutionsOf(HU, D));
        // LØFT names nothing and so applies wherever it has people in scope.
        assertEquals(Set.of(SOLSIKKEN, MYRETUEN, NORDSKOLEN, SYDSKOLEN), institutionsOf(LOEFT, D));
    }

    @Test
    void aProgrammeCountsOnlyWhenAllItsModulesAreValid() throws SQLException {
        // Anna has HU-01 and HU-02; Cecilie only HU-01 (and has requested HU-02); Karin neither.
        assertCounts(3, 1, 1, 1, row(D, SOLSIKKEN, HU, PED));
        assertEquals(List.of("Carlsen", "Krog"), lastNames(query.missing(database.connection(), D, SOLSIKKEN, HU),
                PED));
    }

    @Test
    void bookedMeansAnActiveEnrolmentRequestedByTheReferenceDate() throws SQLException {
        // Cecilie's NA enrolment was requested on 2026-03-10.
        assertCounts(4, 2, 0, 0, row(LocalDate.of(2026, 3, 9), SOLSIKKEN, NA, PED));
        assertCounts(4, 2, 1, 0, row(LocalDate.of(2026, 3, 10), SOLSIKKEN, NA, PED));
        // Karin is waitlisted for IV-01 (booked); Jens cancelled (not booked).
        assertCounts(2, 1, 1, 0, row(D, NORDSKOLEN, IV, PED));
        assertCounts(2, 1, 0, 0, row(D, NORDSKOLEN, IV, TEACHER));
    }

    @Test
    void overdueStartsTheDayAfterTheDeadlineForThoseNotCovered() throws SQLException {
        // NA's deadline is 2026-03-31: Cecilie and Karin are uncovered pedagogues, Bo the assistant.
        assertCounts(4, 2, 1, 0, row(LocalDate.of(2026, 3, 31), SOLSIKKEN, NA, PED));
        assertCounts(1, 0, 0, 0, row(LocalDate.of(2026, 3, 31), SOLSIKKEN, NA, PA));
        assertCounts(4, 2, 1, 2, row(LocalDate.of(2026, 4, 1), SOLSIKKEN, NA, PED));
        assertCounts(1, 0, 0, 1, row(LocalDate.of(2026, 4, 1), SOLSIKKEN, NA, PA));
    }

    @Test
    void newEmployeesGetTheirMonthsFromHireButNobodyHasLessThanTheTargetsDeadline() throws SQLException {
        // HU: within 6 months of hire, deadline 2026-01-31. Bo, Dorte and Karin were hired years ago and
        // have the target's deadline; Cecilie, hired 2026-03-01, has until 2026-09-01.
        List<MissingPerson> missing = query.missing(database.connection(), D, SOLSIKKEN, HU);
        assertEquals(List.of(
                new MissingPerson(2, "Bo", "Bech", PA, LocalDate.of(2026, 1, 31), false, true),
                new MissingPerson(3, "Cecilie", "Carlsen", PED, LocalDate.of(2026, 9, 1), true, false),
                new MissingPerson(4, "Dorte", "Dahl", LEADER, LocalDate.of(2026, 1, 31), false, true),
                new MissingPerson(10, "Karin", "Krog", PED, LocalDate.of(2026, 1, 31), false, true)), missing);
        assertFalse(missingPerson(LocalDate.of(2026, 9, 1), SOLSIKKEN, HU, 3).overdue());
        assertTrue(missingPerson(LocalDate.of(2026, 9, 2), SOLSIKKEN, HU, 3).overdue());
    }

    @Test
    void aHeadCountTargetIsMetPerInstitutionOverAllItsRoles() throws SQLException {
        // IV: at least 2 per school. Nordskolen has Hans (teacher) and Ida (pedagogue): met, although
        // neither role row reaches 2 alone. Sydskolen has only Lone: not met.
        CoverageRow teachers = row(D, NORDSKOLEN, IV, TEACHER);
        CoverageRow pedagogues = row(D, NORDSKOLEN, IV, PED);
        assertEquals(1, teachers.covered());
        assertEquals(1, pedagogues.covered());
        assertTrue(teachers.met());
        assertTrue(pedagogues.met());
        // Asking for teachers only does not change that the school has its two.
        assertEquals(List.of(teachers), query.byInstitution(database.connection(), D,
                new CoverageFilter(null, null, NORDSKOLEN, IV, TEACHER)));
        CoverageRow sydskolen = row(D, SYDSKOLEN, IV, TEACHER);
        assertCounts(1, 1, 0, 0, sydskolen);
        assertFalse(sydskolen.met());
    }

    @Test
    void aShareTargetIsMetWhenCoveredReachesItsPercentOfThoseInScope() throws SQLException {
        // NA (100 %): Myretuen 1 of 1, Solsikken 1 of 4.
        assertTrue(row(D, MYRETUEN, NA, PED).met());
        assertFalse(row(D, SOLSIKKEN, NA, PED).met());
        assertFalse(row(D, SOLSIKKEN, NA, PA).met());
    }

    @Test
    void inactiveTargetsAreLeftOut() throws SQLException {
        assertTrue(query.byInstitution(database.connection(), D, CoverageFilter.everything()).stream()
                .noneMatch(r -> r.targetId() == RETIRED));
        assertTrue(query.municipality(database.connection(), D, CoverageFilter.everything()).stream()
                .noneMatch(t -> t.targetId() == RETIRED));
    }

    @Test
    void theMunicipalityCountsAPersonWithTwoMembershipsOnce() throws SQLException {
        // Karin is at Solsikken and at Nordskolen: one row each, so the LØFT pedagogue rows add up to
        // 3 + 1 + 2 = 6, but the municipality has 5 pedagogues (Anna, Cecilie, Karin, Frida, Ida).
        assertCounts(3, 0, 0, 0, row(D, SOLSIKKEN, LOEFT, PED));
        assertCounts(1, 0, 0, 0, row(D, MYRETUEN, LOEFT, PED));
        assertCounts(2, 0, 0, 0, row(D, NORDSKOLEN, LOEFT, PED));
        List<CoverageTotal> municipality = query.municipality(database.connection(), D, CoverageFilter.everything());
        assertCounts(5, 0, 0, 0, total(municipality, null, LOEFT, PED));
        assertCounts(3, 0, 0, 0, total(municipality, null, LOEFT, TEACHER));
        assertCounts(1, 1, 0, 0, total(municipality, null, LOEFT, LEADER));
        // HU pedagogues: Anna (covered), Cecilie (booked), Karin and Ida (overdue).
        assertCounts(4, 1, 1, 2, total(municipality, null, HU, PED));
        assertCounts(2, 1, 1, 0, total(municipality, null, IV, PED));
        assertCounts(3, 2, 0, 0, total(municipality, null, IV, TEACHER));
        assertCounts(4, 2, 1, 2, total(municipality, null, NA, PED));
        assertCounts(2, 1, 0, 0, total(municipality, null, FRI, VOLUNTEERS));
    }

    @Test
    void anAreaCountsAPersonWithTwoMembershipsInItOnce() throws SQLException {
        // Nord holds both of Karin's institutions: Anna, Cecilie, Karin and Ida.
        List<CoverageTotal> areas = query.byArea(database.connection(), D, CoverageFilter.everything());
        assertCounts(4, 0, 0, 0, total(areas, NORD, LOEFT, PED));
        assertCounts(1, 0, 0, 0, total(areas, SYD, LOEFT, PED));
        assertCounts(1, 1, 0, 0, total(areas, SYD, IV, TEACHER));
    }

    @Test
    void filtersNarrowTheReportWithoutChangingItsNumbers() throws SQLException {
        List<CoverageRow> syd = query.byInstitution(database.connection(), D, new CoverageFilter(SYD, null, null,
                null, null));
        assertEquals(Set.of(MYRETUEN, SYDSKOLEN, BOLDKLUBBEN),
                syd.stream().map(CoverageRow::institutionId).collect(Collectors.toSet()));
        List<CoverageRow> oneCell = query.byInstitution(database.connection(), D,
                new CoverageFilter(null, "DAYCARE", SOLSIKKEN, NA, PED));
        assertEquals(List.of(row(D, SOLSIKKEN, NA, PED)), oneCell);
        List<CoverageRow> volunteers = query.byInstitution(database.connection(), D,
                new CoverageFilter(null, null, null, null, "VOLUNTEER"));
        assertEquals(List.of(row(D, BOLDKLUBBEN, FRI, VOLUNTEERS)), volunteers);
        List<CoverageTotal> schools = query.municipality(database.connection(), D,
                new CoverageFilter(null, "SCHOOL", null, LOEFT, null));
        assertCounts(2, 0, 0, 0, total(schools, null, LOEFT, PED));
    }

    @Test
    void theDrillDownNamesTheUncoveredPeopleInScope() throws SQLException {
        assertEquals(List.of(
                new MissingPerson(2, "Bo", "Bech", PA, LocalDate.of(2026, 3, 31), false, true),
                new MissingPerson(3, "Cecilie", "Carlsen", PED, LocalDate.of(2026, 3, 31), true, true),
                new MissingPerson(10, "Karin", "Krog", PED, LocalDate.of(2026, 3, 31), false, true)),
                query.missing(database.connection(), D, SOLSIKKEN, NA));
        assertEquals(List.of(), query.missing(database.connection(), D, MYRETUEN, NA));
    }

    @Test
    void hoursPerFteSetTheYearsHoursAgainstTheYearsWorkingTimeOfEmployees() throws SQLException {
        List<HoursPerFte> year2025 = query.hoursPerFte(database.connection(), 2025, CoverageFilter.everything());
        // Solsikken: Anna's LØFT 14 h + Bo's supervision 2 h; Anna 1 + Bo 0.5 + Dorte 1 + Frida 1 + Karin 0.5.
        assertHours("16.0", "4.000", "4.0", hours(year2025, SOLSIKKEN));
        // Nordskolen: Hans's 60 h; Hans 1 + Ida 0.5 + Jens 1 + Karin 0.5.
        assertHours("60.0", "3.000", "20.0", hours(year2025, NORDSKOLEN));
        assertHours("0.0", "1.000", "0.0", hours(year2025, MYRETUEN));
        // Volunteers have no working time and their hours are not counted.
        assertHours("0.0", "0.000", null, hours(year2025, BOLDKLUBBEN));
        // 2026 at Myretuen: Gustav until 05-31 (151 days) and Frida from 05-01 (245 days): 396 / 365.
        assertEquals(new BigDecimal("1.085"), hours(query.hoursPerFte(database.connection(), 2026, CoverageFilter.everything()), MYRETUEN).fte());
    }

    @Test
    void hoursPerFteOfOneInstitutionAreTheSameAsAmongAll() throws SQLException {
        assertEquals(List.of(hours(query.hoursPerFte(database.connection(), 2025, CoverageFilter.everything()), NORDSKOLEN)),
                query.hoursPerFte(database.connection(), 2025, CoverageFilter.institution(NORDSKOLEN)));
    }

    @Test
    void hoursPerFteOfAnAreaOrTheMunicipalityWeighInstitutionsByTheirWorkingTime() throws SQLException {
        // Nord in 2025: Solsikken 16 h over 4 FTE and Nordskolen 60 h over 3 FTE: 76 / 7 = 10.86, not
        // the average of 4.0 and 20.0.
        HoursPerFte.Total nord = query.hoursPerFteTotal(database.connection(), 2025,
                new CoverageFilter(NORD, null, null, null, null));
        assertEquals(List.of(new BigDecimal("76.0"), new BigDecimal("7.000"), new BigDecimal("10.9")),
                List.of(nord.hours().setScale(1), nord.fte(), nord.hoursPerFte()));
        // The municipality adds Myretuen's and Sydskolen's FTE without hours: 76 / 9 = 8.44.
        HoursPerFte.Total all = query.hoursPerFteTotal(database.connection(), 2025, CoverageFilter.everything());
        assertEquals(List.of(new BigDecimal("9.000"), new BigDecimal("8.4")), List.of(all.fte(), all.hoursPerFte()));
        // Boldklubben has volunteers only: no working time, no figure.
        assertNull(query.hoursPerFteTotal(database.connection(), 2025, CoverageFilter.institution(BOLDKLUBBEN))
                .hoursPerFte());
    }

    private CoverageRow row(LocalDate day, long institutionId, long targetId, String jobRole) throws SQLException {
        List<CoverageRow> matches = query.byInstitution(database.connection(), day, CoverageFilter.everything())
                .stream()
                .filter(r -> r.institutionId() == institutionId && r.targetId() == targetId
                        && Objects.equals(r.jobRole(), jobRole))
                .toList();
        assertEquals(1, matches.size(), "rows for institution " + institutionId + ", target " + targetId + ", "
                + jobRole + " on " + day);
        return matches.get(0);
    }

    private Set<Long> institutionsOf(long targetId, LocalDate day) throws SQLException {
        return query.byInstitution(database.connection(), day, CoverageFilter.everything()).stream()
                .filter(r -> r.targetId() == targetId)
                .map(CoverageRow::institutionId)
                .collect(Collectors.toSet());
    }

    private MissingPerson missingPerson(LocalDate day, long institutionId, long targetId, long personId)
            throws SQLException {
        return query.missing(database.connection(), day, institutionId, targetId).stream()
                .filter(person -> person.personId() == personId)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> lastNames(List<MissingPerson> people, String jobRole) {
        return people.stream().filter(person -> jobRole.equals(person.jobRole())).map(MissingPerson::lastName).toList();
    }

    private static CoverageTotal total(List<CoverageTotal> totals, Long areaId, long targetId, String jobRole) {
        List<CoverageTotal> matches = totals.stream()
                .filter(t -> Objects.equals(t.areaId(), areaId) && t.targetId() == targetId
                        && Objects.equals(t.jobRole(), jobRole))
                .toList();
        assertEquals(1, matches.size(), "totals for area " + areaId + ", target " + targetId + ", " + jobRole);
        return matches.get(0);
    }

    private static HoursPerFte hours(List<HoursPerFte> rows, long institutionId) {
        return rows.stream().filter(row -> row.institutionId() == institutionId).findFirst().orElseThrow();
    }

    private static void assertCounts(int inScope, int covered, int booked, int overdue, CoverageCounts actual) {
        assertEquals(List.of(inScope, covered, booked, overdue),
                List.of(actual.inScope(), actual.covered(), actual.booked(), actual.overdue()),
                "in scope, covered, booked, overdue in " + actual);
    }

    private static void assertHours(String hours, String fte, String perFte, HoursPerFte row) {
        assertEquals(new BigDecimal(hours), row.hours().setScale(1), "hours");
        assertEquals(new BigDecimal(fte), row.fte(), "fte");
        assertEquals(perFte == null ? null : new BigDecimal(perFte), row.hoursPerFte(), "hours per fte");
    }
}
