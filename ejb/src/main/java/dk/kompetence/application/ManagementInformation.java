package dk.kompetence.application;

import java.io.Serializable;
import dk.kompetence.reporting.CoverageCounts;
import dk.kompetence.reporting.CoverageForecast;
import dk.kompetence.reporting.HoursPerFte;
import dk.kompetence.reporting.SpendReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ledelsesinformation: a few, selected figures per strategy track for the municipality, an area
 * or an institution in a year, for political and strategic decisions. Every figure is taken from
 * the reports the rest of the product shows — coverage on the reference date and on the same
 * day in earlier years, the forecast, hours per FTE, the spend report — and only added up or
 * compared here, never computed a second way.
 * <p>
 * Per target on a track: coverage against what the target asks; whether it is met (at an
 * institution as the coverage report decides it; over an area or the municipality only for a
 * share target, since a head count is asked of each institution); in the running year how many
 * institutions meet it now and are expected to by the deadline; the trend. Per track: what the
 * year's courses on it cost. For the whole page: hours per FTE and the budgets against what is
 * charged to them. A target whose modules lie on two tracks is shown on both; one on no track
 * under a track with a null id.
 */
public record ManagementInformation(Level level, Long areaId, Long institutionId, String scopeName, int year,
                                    LocalDate referenceDate, List<Integer> trendYears, List<Track> tracks,
                                    HoursPerFte.Total hours, Money money) implements Serializable {

    /** The key the spend lines of modules on no track get here; track ids are positive. */
    private static final long NO_TRACK = -1;

    public enum Level {
        MUNICIPALITY, AREA, INSTITUTION
    }

    /** A track of the strategy with its targets and what the year's courses on it cost (committed and paid). */
    public record Track(Long trackId, String code, String name, List<TargetFigures> targets, BigDecimal committed,
                        BigDecimal paid) implements Serializable {
    }

    /**
     * One target: in scope and covered on the reference date; {@code met} null where it cannot be
     * said for the level; {@code forecast} only for the running year; the trend oldest first, the
     * reference date last.
     */
    public record TargetFigures(long targetId, String name, Integer requiredPercent, Integer minimumCount,
                                LocalDate deadline, int inScope, int covered, Double percentCovered, Boolean met,
                                Forecast forecast, List<TrendPoint> trend) implements Serializable {
    }

    /** Of the institutions the target applies to: how many meet it now, and how many are expected to by the deadline. */
    public record Forecast(int institutions, int metNow, int metByDeadline) implements Serializable {
    }

    public record TrendPoint(int year, LocalDate date, int inScope, int covered, Double percentCovered) implements Serializable {
    }

    /**
     * The budgets of the scope (its institutions', and the central pool's for the whole
     * municipality; null when none is set) against what is charged to them, committed and spent
     * as the budgets count them; and what the scope's courses cost in all, whoever pays.
     */
    public record Money(BigDecimal budget, BigDecimal budgetCommitted, BigDecimal budgetSpent,
                        BigDecimal budgetRemaining, BigDecimal committed, BigDecimal paid) implements Serializable {

        /**
         * From the spend report of the scope by payer (a payer's line carries a budget exactly
         * when it is charged to one) and by institution (every cost once).
         */
        public static Money of(BigDecimal scopeBudget, List<SpendLine> byPayer, List<SpendLine> byInstitution) {
            List<SpendLine> budgeted = byPayer.stream().filter(line -> line.budget() != null).toList();
            BigDecimal budgetCommitted = sum(budgeted, SpendLine::committed);
            BigDecimal budgetSpent = sum(budgeted, SpendLine::spent);
            return new Money(scopeBudget, budgetCommitted, budgetSpent,
                    scopeBudget == null ? null : scopeBudget.subtract(budgetCommitted).subtract(budgetSpent),
                    sum(byInstitution, SpendLine::committed), sum(byInstitution, SpendLine::paid));
        }
    }

    /** A target as the page groups it: what it asks and the tracks of its module (or its programme's modules). */
    public record TargetOnTracks(long targetId, String name, Integer requiredPercent, Integer minimumCount,
                                 LocalDate deadline, List<TrackName> tracks) {
    }

    public record TrackName(long id, String code, String name) {
    }

    /** A coverage report of the scope (per target, maybe split by role or area) on one day. */
    public record Measured(int year, LocalDate date, List<? extends CoverageCounts> lines) {
    }

    /**
     * Puts the reports together. {@code coverage} is oldest first and ends with the reference
     * date's; {@code forecast} is null outside the running year; {@code byTrack} is the spend
     * report by track. Targets nobody in the scope is in on the reference date are left out.
     */
    public static ManagementInformation assemble(Level level, Long areaId, Long institutionId, String scopeName,
                                                 int year, List<TargetOnTracks> targets, List<TrackName> allTracks,
                                                 List<Measured> coverage, List<CoverageForecast> forecast,
                                                 HoursPerFte.Total hours, List<SpendLine> byTrack, Money money) {
        Measured now = coverage.get(coverage.size() - 1);
        Map<Long, List<TargetFigures>> figuresByTrack = new LinkedHashMap<>();
        for (TargetOnTracks target : targets) {
            Counts counts = Counts.of(now.lines(), target.targetId());
            if (counts == null) {
                continue;
            }
            TargetFigures figures = new TargetFigures(target.targetId(), target.name(), target.requiredPercent(),
                    target.minimumCount(), target.deadline(), counts.inScope(), counts.covered(), counts.percent(),
                    met(level, target, counts), forecast == null ? null : forecast(forecast, target.targetId()),
                    coverage.stream().map(measured -> trendPoint(measured, target.targetId())).toList());
            List<Long> trackIds = target.tracks().isEmpty() ? Collections.singletonList(null)
                    : target.tracks().stream().map(TrackName::id).toList();
            trackIds.forEach(id -> figuresByTrack.computeIfAbsent(id, k -> new ArrayList<>()).add(figures));
        }
        Map<Long, SpendLine> spendByTrack = byTrack.stream().collect(Collectors.toMap(
                line -> line.key().equals(SpendReport.NOT_ALLOCATED) ? NO_TRACK : Long.valueOf(line.key()),
                Function.identity()));
        List<Track> tracks = new ArrayList<>();
        for (TrackName track : allTracks.stream().sorted(Comparator.comparing(TrackName::code)).toList()) {
            List<TargetFigures> onTrack = figuresByTrack.getOrDefault(track.id(), List.of());
            SpendLine spend = spendByTrack.get(track.id());
            if (!onTrack.isEmpty() || spend != null) {
                tracks.add(track(track.id(), track.code(), track.name(), onTrack, spend));
            }
        }
        List<TargetFigures> onNoTrack = figuresByTrack.getOrDefault(null, List.of());
        SpendLine noTrackSpend = spendByTrack.get(NO_TRACK);
        if (!onNoTrack.isEmpty() || noTrackSpend != null) {
            tracks.add(track(null, null, null, onNoTrack, noTrackSpend));
        }
        return new ManagementInformation(level, areaId, institutionId, scopeName, year, now.date(),
                coverage.stream().map(Measured::year).toList(), tracks, hours, money);
    }

    private static Track track(Long id, String code, String name, List<TargetFigures> targets, SpendLine spend) {
        return new Track(id, code, name, targets, spend == null ? BigDecimal.ZERO : spend.committed(),
                spend == null ? BigDecimal.ZERO : spend.paid());
    }

    /**
     * At an institution as the coverage report decides it (all roles together); over several
     * institutions only a share target can be met or not.
     */
    private static Boolean met(Level level, TargetOnTracks target, Counts counts) {
        if (level == Level.INSTITUTION) {
            return CoverageCounts.meets(target.requiredPercent(), target.minimumCount(), counts.covered(),
                    counts.inScope());
        }
        return target.minimumCount() != null || target.requiredPercent() == null ? null
                : CoverageCounts.meets(target.requiredPercent(), null, counts.covered(), counts.inScope());
    }

    private static Forecast forecast(List<CoverageForecast> forecast, long targetId) {
        List<CoverageForecast> ofTarget = forecast.stream().filter(f -> f.targetId() == targetId).toList();
        return new Forecast(ofTarget.size(),
                (int) ofTarget.stream().filter(f -> f.outlook() == CoverageForecast.Outlook.MET).count(),
                (int) ofTarget.stream().filter(f -> f.outlook().metByDeadline()).count());
    }

    private static TrendPoint trendPoint(Measured measured, long targetId) {
        Counts counts = Counts.of(measured.lines(), targetId);
        return counts == null ? new TrendPoint(measured.year(), measured.date(), 0, 0, null)
                : new TrendPoint(measured.year(), measured.date(), counts.inScope(), counts.covered(), counts.percent());
    }

    /** One target's lines added up (all roles, all areas of the report). */
    private record Counts(int inScope, int covered) {

        static Counts of(List<? extends CoverageCounts> lines, long targetId) {
            List<? extends CoverageCounts> ofTarget = lines.stream().filter(l -> l.targetId() == targetId).toList();
            return ofTarget.isEmpty() ? null : new Counts(ofTarget.stream().mapToInt(CoverageCounts::inScope).sum(),
                    ofTarget.stream().mapToInt(CoverageCounts::covered).sum());
        }

        Double percent() {
            return inScope == 0 ? null : 100.0 * covered / inScope;
        }
    }

    private static BigDecimal sum(List<SpendLine> lines, Function<SpendLine, BigDecimal> amount) {
        return lines.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
