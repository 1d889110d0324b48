package dk.kompetence.application;

import dk.kompetence.application.ManagementInformation.Level;
import dk.kompetence.application.ManagementInformation.Measured;
import dk.kompetence.application.ManagementInformation.Money;
import dk.kompetence.application.ManagementInformation.TargetOnTracks;
import dk.kompetence.application.ManagementInformation.TrackName;
import dk.kompetence.application.SpendService.YearSpend;
import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.StrategyTrack;
import dk.kompetence.domain.coverage.Target;
import dk.kompetence.reporting.CoverageCounts;
import dk.kompetence.reporting.CoverageFilter;
import dk.kompetence.reporting.CoverageForecast;
import dk.kompetence.reporting.SpendReport.Dimension;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Ledelsesinformation (see {@link ManagementInformation}): HR for the municipality, any area or
 * any institution; a leader for an institution they lead. Asks the coverage, forecast, hours and
 * spend services for their figures — with the caller's rights — and puts them together. The
 * trend reads earlier years from the base tables (seconds for a large municipality), so a page
 * asks once per view.
 */
@Stateless
@RolesAllowed({CurrentUser.LEADER, CurrentUser.HR})
public class ManagementInformationService {

    /** Years before the chosen one whose coverage on 31 December makes the trend. */
    static final int TREND_YEARS = 2;

    @Inject
    CoverageService coverage;

    @Inject
    SpendService spend;

    @Inject
    TargetService targets;

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /**
     * The scope asked for. Without a level, a named institution or area decides it; with
     * neither, or a leader asking for "an institution" without naming one, the default.
     */
    public ManagementScope scope(Level level, Long areaId, Long institutionId) {
        if (level == null) {
            return institutionId != null ? new ManagementScope(Level.INSTITUTION, null, institutionId)
                    : areaId != null ? new ManagementScope(Level.AREA, areaId, null) : defaultScope();
        }
        if (level == Level.INSTITUTION && institutionId == null && !currentUser.isHr()) {
            return defaultScope();
        }
        return new ManagementScope(level, level == Level.AREA ? areaId : null,
                level == Level.INSTITUTION ? institutionId : null);
    }

    /** HR: the municipality; a leader: the first institution they lead. */
    public ManagementScope defaultScope() {
        if (currentUser.isHr()) {
            return new ManagementScope(Level.MUNICIPALITY, null, null);
        }
        Long institution = currentUser.ledInstitutions().stream().min(Long::compare).orElse(null);
        currentUser.requireHrOrLeaderOf(institution);
        return new ManagementScope(Level.INSTITUTION, null, institution);
    }

    public ManagementInformation report(@NotNull @Valid ManagementScope scope, @Min(2000) @Max(2100) int year) {
        if (scope.level() == Level.INSTITUTION) {
            currentUser.requireHrOrLeaderOf(scope.institutionId());
        } else if (!currentUser.isHr()) {
            throw new AccessDeniedException();
        }
        CoverageFilter filter = switch (scope.level()) {
            case MUNICIPALITY -> CoverageFilter.everything();
            case AREA -> new CoverageFilter(scope.areaId(), null, null, null, null);
            case INSTITUTION -> CoverageFilter.institution(scope.institutionId());
        };
        LocalDate today = LocalDate.now(clock);
        List<Measured> measured = new ArrayList<>();
        for (int earlier = year - TREND_YEARS; earlier < year; earlier++) {
            measured.add(measure(scope.level(), earlier, LocalDate.of(earlier, 12, 31), filter));
        }
        measured.add(measure(scope.level(), year, QualityReportService.referenceDate(year, today), filter));
        List<CoverageForecast> forecast = year == today.getYear() ? coverage.forecast(filter) : null;

        YearSpend yearSpend = spend.spend(year, scope.level() == Level.AREA ? scope.areaId() : null,
                scope.level() == Level.INSTITUTION ? scope.institutionId() : null);
        Money money = Money.of(yearSpend.scopeBudget(), spend.lines(yearSpend, Dimension.PAYER),
                spend.lines(yearSpend, Dimension.INSTITUTION));
        List<TrackName> tracks = catalogue.tracks().stream()
                .map(t -> new TrackName(t.getId(), t.getCode(), t.getName())).toList();
        return ManagementInformation.assemble(scope.level(), scope.areaId(), scope.institutionId(),
                spend.scopeName(yearSpend), year, activeTargets(), tracks, measured, forecast,
                coverage.hoursPerFteTotal(year, filter), spend.lines(yearSpend, Dimension.TRACK), money);
    }

    /** The scope's coverage report of the day: per institution, per area or for the municipality. */
    private Measured measure(Level level, int year, LocalDate day, CoverageFilter filter) {
        List<? extends CoverageCounts> lines = switch (level) {
            case INSTITUTION -> coverage.byInstitution(day, filter);
            case AREA -> coverage.byArea(day, filter);
            case MUNICIPALITY -> coverage.municipality(day, filter);
        };
        return new Measured(year, day, lines);
    }

    /** The active targets with the tracks of their module, or of all their programme's modules. */
    private List<TargetOnTracks> activeTargets() {
        return targets.targets().stream().filter(Target::isActive).map(target -> {
            Stream<CourseModule> modules = target.getModule() != null ? Stream.of(target.getModule())
                    : target.getProgramme().getModules().stream();
            List<TrackName> tracks = modules.flatMap(m -> m.getTracks().stream()).distinct()
                    .sorted(Comparator.comparing(StrategyTrack::getCode))
                    .map(t -> new TrackName(t.getId(), t.getCode(), t.getName())).toList();
            return new TargetOnTracks(target.getId(), target.getName(), target.getRequiredPercent(),
                    target.getMinimumCount(), target.getDeadline(), tracks);
        }).sorted(Comparator.comparing(TargetOnTracks::name)).toList();
    }
}
