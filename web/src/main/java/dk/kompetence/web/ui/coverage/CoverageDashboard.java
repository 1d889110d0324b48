package dk.kompetence.web.ui.coverage;

import dk.kompetence.application.CoverageService;
import dk.kompetence.application.CurrentUser;
import dk.kompetence.application.OrganisationService;
import dk.kompetence.application.TargetService;
import dk.kompetence.domain.coverage.Target;
import dk.kompetence.domain.organisation.Area;
import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.reporting.CoverageFilter;
import dk.kompetence.reporting.CoverageForecast;
import dk.kompetence.reporting.CoverageRow;
import dk.kompetence.reporting.CoverageTotal;
import dk.kompetence.reporting.MissingPerson;
import dk.kompetence.web.ui.Option;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Dækning: a heat map of institutions × targets on a reference date, filters, the drill-down
 * to named people, and (for HR) the trend of the municipality's coverage over the last years.
 */
@Named
@ViewScoped
public class CoverageDashboard implements Serializable {

    /** One cell of the heat map: all roles of one institution for one target. */
    public record Cell(long institutionId, long targetId, int inScope, int covered, int booked, int overdue, boolean met) implements Serializable {

        public Integer percent() {
            return inScope == 0 ? null : (int) Math.round(100.0 * covered / inScope);
        }

        /** 0-4 for the colour band; the figure itself is always printed too. */
        public int band() {
            Integer p = percent();
            return p == null ? 0 : p >= 90 ? 4 : p >= 70 ? 3 : p >= 40 ? 2 : 1;
        }
    }

    public record Line(long institutionId, String institution, String area, Map<Long, Cell> cells) implements Serializable {

        public Cell cell(long targetId) {
            return cells.get(targetId);
        }
    }

    public record Column(long targetId, String name) implements Serializable {
    }

    public record TrendPoint(String label, List<CoverageTotal> totals) {
    }

    @Inject
    CoverageService coverage;

    @Inject
    OrganisationService organisation;

    @Inject
    CurrentUser currentUser;

    @Inject
    TargetService targets;

    private LocalDate referenceDate = LocalDate.now();
    private Long areaId;
    private InstitutionType institutionType;
    private String jobRole;
    private Long targetId;
    private List<Column> columns = List.of();
    private List<CoverageForecast> forecast = List.of();
    private List<Option> activeTargets;
    private String trendChart;
    private List<Line> lines = List.of();
    private List<MissingPerson> missing = List.of();
    private String missingTitle;

    @PostConstruct
    void load() {
        activeTargets = targets.targets().stream().filter(Target::isActive)
                .map(t -> new Option(t.getId(), t.getName())).toList();
        trendChart = trendChart();
        refresh();
    }

    public void refresh() {
        CoverageFilter filter = new CoverageFilter(areaId, institutionType == null ? null : institutionType.name(), null,
                targetId, blank(jobRole));
        List<CoverageRow> rows = coverage.byInstitution(referenceDate, filter);
        forecast = coverage.forecast(filter).stream()
                .sorted(java.util.Comparator.comparing(CoverageForecast::institutionName)
                        .thenComparing(CoverageForecast::targetName)).toList();
        columns = rows.stream().map(r -> new Column(r.targetId(), r.targetName())).distinct()
                .sorted(java.util.Comparator.comparing(Column::name)).toList();
        Map<Long, List<CoverageRow>> byInstitution = rows.stream()
                .collect(Collectors.groupingBy(CoverageRow::institutionId, LinkedHashMap::new, Collectors.toList()));
        List<Line> result = new ArrayList<>();
        byInstitution.forEach((institution, its) -> {
            Map<Long, Cell> cells = its.stream().collect(Collectors.groupingBy(CoverageRow::targetId,
                    Collectors.collectingAndThen(Collectors.toList(), this::cell)));
            result.add(new Line(institution, its.get(0).institutionName(), its.get(0).areaName(), cells));
        });
        result.sort(java.util.Comparator.comparing(Line::area).thenComparing(Line::institution));
        lines = result;
        missing = List.of();
    }

    public void drillDown(long institutionId, long targetId) {
        missing = coverage.missing(referenceDate, institutionId, targetId);
        missingTitle = lines.stream().filter(l -> l.institutionId() == institutionId).map(Line::institution)
                .findFirst().orElse("") + " – " + columns.stream().filter(c -> c.targetId() == targetId)
                .map(Column::name).findFirst().orElse("");
    }

    /** The municipality's coverage per target at the end of each of the last three years and today (HR). */
    private List<TrendPoint> trend() {
        if (!currentUser.isHr()) {
            return List.of();
        }
        List<TrendPoint> points = new ArrayList<>();
        int year = LocalDate.now().getYear();
        for (int y = year - 3; y < year; y++) {
            points.add(new TrendPoint(String.valueOf(y), coverage.municipality(LocalDate.of(y, 12, 31),
                    CoverageFilter.everything())));
        }
        points.add(new TrendPoint(String.valueOf(year), coverage.municipality(LocalDate.now(), CoverageFilter.everything())));
        return points;
    }

    /**
     * The trend as a Chart.js line chart (one line per target), for p:chart. Computed once per
     * view: it does not depend on the filters, and four municipality-wide reports (three of them
     * on the base tables) are too much for a getter the page may call several times.
     */
    public String getTrendChart() {
        return trendChart;
    }

    private String trendChart() {
        List<TrendPoint> trend = trend();
        if (trend.isEmpty()) {
            return null;
        }
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        for (TrendPoint point : trend) {
            Map<String, int[]> perTarget = new LinkedHashMap<>();
            point.totals().forEach(t -> {
                int[] sums = perTarget.computeIfAbsent(t.targetName(), k -> new int[2]);
                sums[0] += t.covered();
                sums[1] += t.inScope();
            });
            perTarget.forEach((target, sums) -> series.computeIfAbsent(target, k -> new ArrayList<>())
                    .add(sums[1] == 0 ? 0 : Math.round(100f * sums[0] / sums[1])));
        }
        return LineChart.percentages(trend.stream().map(TrendPoint::label).toList(), series);
    }

    private Cell cell(List<CoverageRow> rows) {
        CoverageRow first = rows.get(0);
        return new Cell(first.institutionId(), first.targetId(), rows.stream().mapToInt(CoverageRow::inScope).sum(),
                rows.stream().mapToInt(CoverageRow::covered).sum(), rows.stream().mapToInt(CoverageRow::booked).sum(),
                rows.stream().mapToInt(CoverageRow::overdue).sum(), first.met());
    }

    /** The shown report's filters as a query string, for the CSV and Excel downloads. */
    public String getExportQuery() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("date", referenceDate);
        parameters.put("area", areaId);
        parameters.put("institutionType", institutionType);
        parameters.put("target", targetId);
        parameters.put("role", blank(jobRole));
        return parameters.entrySet().stream().filter(p -> p.getValue() != null)
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    /** The quality report's year for the reference date shown. */
    public int getReportYear() {
        return referenceDate.getYear();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public List<Area> getAreas() {
        return organisation.areas();
    }

    public InstitutionType[] getInstitutionTypes() {
        return InstitutionType.values();
    }

    public List<Column> getColumns() {
        return columns;
    }

    public List<Line> getLines() {
        return lines;
    }

    /** Every target at every institution shown: will it be met by its deadline at the pace of the last year? */
    public List<CoverageForecast> getForecast() {
        return forecast;
    }

    /** The active targets, for the filter. */
    public List<Option> getTargets() {
        return activeTargets;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public List<MissingPerson> getMissing() {
        return missing;
    }

    public String getMissingTitle() {
        return missingTitle;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public void setReferenceDate(LocalDate referenceDate) {
        this.referenceDate = referenceDate == null ? LocalDate.now() : referenceDate;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public InstitutionType getInstitutionType() {
        return institutionType;
    }

    public void setInstitutionType(InstitutionType institutionType) {
        this.institutionType = institutionType;
    }

    public String getJobRole() {
        return jobRole;
    }

    public void setJobRole(String jobRole) {
        this.jobRole = jobRole;
    }

    public dk.kompetence.domain.person.JobRole[] getJobRoles() {
        return dk.kompetence.domain.person.JobRole.values();
    }
}
