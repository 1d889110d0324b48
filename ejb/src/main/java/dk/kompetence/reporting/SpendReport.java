package dk.kompetence.reporting;

import dk.kompetence.domain.budget.Payer;
import dk.kompetence.domain.catalogue.Approach;
import dk.kompetence.domain.session.EnrolmentStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Forbrug: what competence development cost in a year (sessions starting that year), grouped by
 * one dimension. Two kinds of cost make it up:
 * <ul>
 * <li>each enrolment's cost (fee + substitute cover, priced by the caller as the budgets price
 * it): <b>committed</b> while confirmed or requested, <b>spent</b> once completed or a no-show,
 * nothing while waitlisted, cancelled or rejected — exactly as a budget counts it;</li>
 * <li>each session's <b>fixed cost</b>, counted once the session has started (before that it is a
 * plan; a cancelled session has none). It is allocated to the institutions whose people hold
 * seats on it (confirmed, completed or no-show), in proportion to their seats, in whole øre: each
 * share is rounded down and the øre left go one by one to the largest remainders (ties to the
 * lower institution id), so the shares add up to the fixed cost exactly. Each share is paid by the
 * session's payer: the institution itself (INSTITUTION), its area (AREA), the central pool or the
 * named fund. A session nobody holds a seat on is not allocated (key {@value #NOT_ALLOCATED}).</li>
 * </ul>
 * Cost per covered person and per hour divide what was spent plus the fixed costs by the people
 * who completed (each once per line) and their completed hours. A module on two approaches or
 * tracks counts on each line, so those lines may add up to more than the whole.
 */
public final class SpendReport {

    public static final String NOT_ALLOCATED = "NONE";

    private static final Set<EnrolmentStatus> COMMITTED = EnumSet.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.REQUESTED);
    private static final Set<EnrolmentStatus> SPENT = EnumSet.of(EnrolmentStatus.COMPLETED, EnrolmentStatus.NO_SHOW);
    private static final BigDecimal ØRE = new BigDecimal("0.01");

    public enum Dimension {
        INSTITUTION, AREA, APPROACH, TRACK, PROVIDER, PAYER
    }

    /** A session starting in the year: who pays, its fixed cost, what it is about, and its enrolments. */
    public record CostedSession(long sessionId, boolean started, boolean cancelled, Payer payer, String fund,
                                BigDecimal fixedCost, long providerId, Set<Approach> approaches, Set<Long> trackIds,
                                List<Seat> enrolments) {
    }

    /** One enrolment and what it costs; institution and area are the participant's (null without). */
    public record Seat(long personId, Long institutionId, Long areaId, EnrolmentStatus status, BigDecimal cost,
                       BigDecimal completedHours) {
    }

    /**
     * One line of the report. The key is the id of the institution, area, provider or track, the
     * approach's name, or for payers CENTRAL_POOL, INSTITUTION:id, AREA:id or EXTERNAL_FUND:name.
     */
    public record Line(String key, BigDecimal committed, BigDecimal spent, BigDecimal fixedCosts, int coveredPeople,
                       BigDecimal completedHours) {

        /** Spent and fixed costs together: what has been paid for so far. */
        public BigDecimal paid() {
            return spent.add(fixedCosts);
        }

        public BigDecimal costPerCoveredPerson() {
            return coveredPeople == 0 ? null : paid().divide(BigDecimal.valueOf(coveredPeople), 2, RoundingMode.HALF_UP);
        }

        public BigDecimal costPerHour() {
            return completedHours.signum() == 0 ? null : paid().divide(completedHours, 2, RoundingMode.HALF_UP);
        }
    }

    /** One amount of money with what it is charged to. */
    private record Item(CostedSession session, Long institutionId, Long areaId, BigDecimal committed, BigDecimal spent,
                        BigDecimal fixed, Long coveredPerson, BigDecimal hours) {
    }

    private SpendReport() {
    }

    /**
     * The lines of one dimension over the sessions, keeping only the costs of institutions the
     * scope accepts (null institution: not allocated), in order of key.
     */
    public static List<Line> lines(List<CostedSession> sessions, Dimension dimension, Predicate<Long> institutionInScope) {
        Map<String, List<Item>> byKey = new LinkedHashMap<>();
        sessions.stream().flatMap(SpendReport::items).filter(item -> institutionInScope.test(item.institutionId()))
                .forEach(item -> keys(item, dimension).forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item)));
        return byKey.entrySet().stream().map(e -> line(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Line::key)).toList();
    }

    /** The fixed cost's share per institution (null: nobody holds a seat), adding up to the whole. */
    public static Map<Long, BigDecimal> allocate(BigDecimal fixedCost, List<Seat> enrolments) {
        Map<Long, Long> seats = new LinkedHashMap<>();
        enrolments.stream().filter(e -> e.status().holdsSeat()).map(Seat::institutionId).sorted(
                Comparator.nullsLast(Comparator.naturalOrder())).forEach(id -> seats.merge(id, 1L, Long::sum));
        Map<Long, BigDecimal> shares = new LinkedHashMap<>();
        long total = seats.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            shares.put(null, fixedCost);
            return shares;
        }
        BigDecimal øre = fixedCost.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        Map<Long, BigDecimal> remainders = new LinkedHashMap<>();
        BigDecimal given = BigDecimal.ZERO;
        for (Map.Entry<Long, Long> seat : seats.entrySet()) {
            BigDecimal[] division = øre.multiply(BigDecimal.valueOf(seat.getValue()))
                    .divideAndRemainder(BigDecimal.valueOf(total));
            shares.put(seat.getKey(), division[0]);
            remainders.put(seat.getKey(), division[1]);
            given = given.add(division[0]);
        }
        List<Long> byRemainder = remainders.entrySet().stream()
                .sorted(Map.Entry.<Long, BigDecimal>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        for (int i = 0; i < øre.subtract(given).intValueExact(); i++) {
            shares.merge(byRemainder.get(i), BigDecimal.ONE, BigDecimal::add);
        }
        shares.replaceAll((id, share) -> share.multiply(ØRE));
        return shares;
    }

    private static Stream<Item> items(CostedSession session) {
        if (session.cancelled()) {
            return Stream.empty();
        }
        Stream<Item> enrolments = session.enrolments().stream()
                .filter(e -> COMMITTED.contains(e.status()) || SPENT.contains(e.status()))
                .map(e -> {
                    boolean spent = SPENT.contains(e.status());
                    boolean completed = e.status() == EnrolmentStatus.COMPLETED;
                    return new Item(session, e.institutionId(), e.areaId(), spent ? BigDecimal.ZERO : e.cost(),
                            spent ? e.cost() : BigDecimal.ZERO, BigDecimal.ZERO, completed ? e.personId() : null,
                            completed && e.completedHours() != null ? e.completedHours() : BigDecimal.ZERO);
                });
        if (!session.started() || session.fixedCost() == null || session.fixedCost().signum() == 0) {
            return enrolments;
        }
        Map<Long, Long> areaOf = new LinkedHashMap<>();
        session.enrolments().stream().filter(e -> e.institutionId() != null)
                .forEach(e -> areaOf.put(e.institutionId(), e.areaId()));
        Stream<Item> fixed = allocate(session.fixedCost(), session.enrolments()).entrySet().stream()
                .map(share -> new Item(session, share.getKey(), areaOf.get(share.getKey()), BigDecimal.ZERO,
                        BigDecimal.ZERO, share.getValue(), null, BigDecimal.ZERO));
        return Stream.concat(enrolments, fixed);
    }

    private static List<String> keys(Item item, Dimension dimension) {
        CostedSession session = item.session();
        return switch (dimension) {
            case INSTITUTION -> List.of(key(item.institutionId()));
            case AREA -> List.of(key(item.areaId()));
            case PROVIDER -> List.of(String.valueOf(session.providerId()));
            case APPROACH -> orNone(session.approaches(), Approach::name);
            case TRACK -> orNone(session.trackIds(), String::valueOf);
            case PAYER -> List.of(switch (session.payer()) {
                case CENTRAL_POOL -> Payer.CENTRAL_POOL.name();
                case EXTERNAL_FUND -> Payer.EXTERNAL_FUND.name() + ":" + session.fund();
                case AREA -> item.areaId() == null ? NOT_ALLOCATED : Payer.AREA.name() + ":" + item.areaId();
                case INSTITUTION -> item.institutionId() == null ? NOT_ALLOCATED
                        : Payer.INSTITUTION.name() + ":" + item.institutionId();
            });
        };
    }

    private static <T> List<String> orNone(Set<T> values, Function<T, String> key) {
        return values.isEmpty() ? List.of(NOT_ALLOCATED) : values.stream().map(key).toList();
    }

    private static String key(Long id) {
        return id == null ? NOT_ALLOCATED : String.valueOf(id);
    }

    private static Line line(String key, List<Item> items) {
        Set<Long> covered = new HashSet<>();
        items.stream().map(Item::coveredPerson).filter(Objects::nonNull).forEach(covered::add);
        return new Line(key, sum(items, Item::committed), sum(items, Item::spent), sum(items, Item::fixed),
                covered.size(), sum(items, Item::hours));
    }

    private static BigDecimal sum(List<Item> items, Function<Item, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
