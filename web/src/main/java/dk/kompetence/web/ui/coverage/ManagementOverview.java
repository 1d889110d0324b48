package dk.kompetence.web.ui.coverage;

import dk.kompetence.application.CurrentUser;
import dk.kompetence.application.ManagementInformation;
import dk.kompetence.application.ManagementInformation.Level;
import dk.kompetence.application.ManagementInformation.TargetFigures;
import dk.kompetence.application.ManagementInformation.Track;
import dk.kompetence.application.ManagementInformationService;
import dk.kompetence.application.ManagementScope;
import dk.kompetence.application.OrganisationService;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.web.export.DanishNumbers;
import dk.kompetence.web.ui.Messages;
import dk.kompetence.web.ui.Option;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Ledelsesinformation: a few figures per strategy track for the municipality, an area or an
 * institution (HR), or the institution a leader leads, with a trend chart; printable on one page
 * and as a PDF of the same figures. Computed once per choice: the trend reads earlier years from
 * the base tables, which takes seconds for a large municipality.
 */
@Named
@ViewScoped
public class ManagementOverview implements Serializable {

    private static final Map<String, String> SCOPE_FIELDS = Map.of("areaNamed", "area", "institutionNamed",
            "institution");

    @Inject
    ManagementInformationService management;

    @Inject
    OrganisationService organisation;

    @Inject
    CurrentUser currentUser;

    private Level level;
    private Long areaId;
    private Long institutionId;
    private int year = LocalDate.now().getYear();
    private List<Option> areas;
    private List<Option> institutions;
    private ManagementInformation information;
    private String trendChart;

    @PostConstruct
    void load() {
        ManagementScope scope = management.defaultScope();
        level = scope.level();
        institutionId = scope.institutionId();
        if (currentUser.isHr()) {
            areas = organisation.areas().stream().map(a -> new Option(a.getId(), a.getName())).toList();
            institutions = organisation.allInstitutions().stream().map(ManagementOverview::option).toList();
        } else {
            areas = List.of();
            institutions = currentUser.ledInstitutions().stream().map(organisation::institution)
                    .map(ManagementOverview::option).sorted(Comparator.comparing(Option::label)).toList();
        }
        show();
    }

    private static Option option(Institution institution) {
        return new Option(institution.getId(), institution.getName());
    }

    public void show() {
        ManagementScope scope = management.scope(level, areaId, institutionId);
        ManagementInformation shown = Messages.attempt(() -> management.report(scope, year), "management", SCOPE_FIELDS);
        if (shown != null) {
            information = shown;
            trendChart = trendChart(shown);
        }
    }

    /** Coverage per target over the trend years, each target once however many tracks it is on. */
    private static String trendChart(ManagementInformation info) {
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        info.tracks().stream().flatMap(t -> t.targets().stream()).forEach(target -> series.putIfAbsent(target.name(),
                target.trend().stream().map(p -> p.percentCovered() == null ? null
                        : (Integer) (int) Math.round(p.percentCovered())).toList()));
        return series.isEmpty() ? null
                : LineChart.percentages(info.trendYears().stream().map(String::valueOf).toList(), series);
    }

    /** The PDF of the figures shown. */
    public String getPdfQuery() {
        return "?level=" + information.level() + (information.areaId() == null ? "" : "&area=" + information.areaId())
                + (information.institutionId() == null ? "" : "&institution=" + information.institutionId())
                + "&year=" + information.year();
    }

    public String money(BigDecimal amount) {
        return amount == null ? "–" : DanishNumbers.money(amount);
    }

    public String percent(Double value) {
        return value == null ? "–" : DanishNumbers.percent(value) + " %";
    }

    public String decimal(BigDecimal value) {
        return value == null ? "–" : DanishNumbers.decimal(value);
    }

    /** What the year's courses on the track cost: committed / paid. */
    public String trackSpend(Track track) {
        return money(track.committed()) + " / " + money(track.paid());
    }

    public boolean isForecastShown() {
        return information != null && information.tracks().stream().flatMap(t -> t.targets().stream())
                .anyMatch(t -> t.forecast() != null);
    }

    public String requirement(TargetFigures target) {
        return target.minimumCount() != null ? Messages.text("management.perInstitution", target.minimumCount())
                : target.requiredPercent() + " %";
    }

    /** Institutions expected to meet the target by its deadline, of those it applies to. */
    public String forecast(TargetFigures target) {
        return target.forecast() == null ? "–" : Messages.text("management.forecastOf",
                target.forecast().metByDeadline(), target.forecast().institutions());
    }

    public String getScopeName() {
        return information.level() == Level.MUNICIPALITY ? Messages.text("management.wholeMunicipality")
                : information.scopeName();
    }

    public Level[] getLevels() {
        return currentUser.isHr() ? Level.values() : new Level[] {Level.INSTITUTION};
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(now - 5, now + 1).boxed().sorted(Comparator.reverseOrder()).toList();
    }

    public ManagementInformation getInformation() {
        return information;
    }

    public String getTrendChart() {
        return trendChart;
    }

    public List<Option> getAreas() {
        return areas;
    }

    public List<Option> getInstitutions() {
        return institutions;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
