package dk.kompetence.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Will a target be met at an institution by its deadline? The people booked are expected to
 * complete; beyond them, coverage is expected to grow at the pace of the last twelve months (the
 * growth in people covered between a year ago and today). The projected date is the day that
 * pace reaches what the target needs, counted from today.
 */
public record CoverageForecast(long institutionId, String institutionName, long targetId, String targetName,
                               LocalDate deadline, int inScope, int needed, int covered, int booked,
                               int coveredAYearAgo, Outlook outlook, LocalDate projectedDate) implements Serializable {

    public enum Outlook {
        /** Enough people are covered now. */
        MET,
        /** Met once the people booked have completed. */
        MET_WHEN_BOOKED_COMPLETE,
        /** The pace reaches the target on or before the deadline. */
        ON_TRACK,
        /** The pace reaches the target, but after the deadline. */
        BEHIND,
        /** Coverage has not grown in a year: at this pace the target is never met. */
        STALLED;

        public boolean metByDeadline() {
            return this != BEHIND && this != STALLED;
        }
    }

    /** What a target asks for: a share of those in scope or a head count per institution, by a date. */
    public record Requirement(Integer requiredPercent, Integer minimumCount, LocalDate deadline) {

        int needed(int inScope) {
            return minimumCount != null ? minimumCount : (requiredPercent * inScope + 99) / 100;
        }
    }

    /**
     * One forecast per institution and target, from the coverage rows (all roles) of today and
     * of the same day a year ago.
     */
    public static List<CoverageForecast> of(List<CoverageRow> today, List<CoverageRow> aYearAgo,
                                            Map<Long, Requirement> requirements, LocalDate day) {
        Map<String, int[]> yearAgo = new LinkedHashMap<>();
        for (CoverageRow row : aYearAgo) {
            yearAgo.computeIfAbsent(key(row), k -> new int[1])[0] += row.covered();
        }
        Map<String, List<CoverageRow>> cells = new LinkedHashMap<>();
        for (CoverageRow row : today) {
            cells.computeIfAbsent(key(row), k -> new ArrayList<>()).add(row);
        }
        List<CoverageForecast> forecasts = new ArrayList<>();
        for (Map.Entry<String, List<CoverageRow>> cell : cells.entrySet()) {
            CoverageRow first = cell.getValue().get(0);
            Requirement requirement = requirements.get(first.targetId());
            int inScope = cell.getValue().stream().mapToInt(CoverageRow::inScope).sum();
            int covered = cell.getValue().stream().mapToInt(CoverageRow::covered).sum();
            int booked = cell.getValue().stream().mapToInt(CoverageRow::booked).sum();
            int before = yearAgo.getOrDefault(cell.getKey(), new int[1])[0];
            forecasts.add(forecast(first, requirement, inScope, covered, booked, before, day));
        }
        return forecasts;
    }

    private static CoverageForecast forecast(CoverageRow row, Requirement requirement, int inScope, int covered,
                                             int booked, int coveredAYearAgo, LocalDate day) {
        int needed = requirement.needed(inScope);
        Outlook outlook;
        LocalDate projected = null;
        int stillNeeded = needed - covered - booked;
        int growthPerYear = covered - coveredAYearAgo;
        if (covered >= needed) {
            outlook = Outlook.MET;
        } else if (stillNeeded <= 0) {
            outlook = Outlook.MET_WHEN_BOOKED_COMPLETE;
        } else if (growthPerYear <= 0) {
            outlook = Outlook.STALLED;
        } else {
            long days = ChronoUnit.DAYS.between(day.minusYears(1), day);
            projected = day.plusDays((stillNeeded * days + growthPerYear - 1) / growthPerYear);
            outlook = projected.isAfter(requirement.deadline()) ? Outlook.BEHIND : Outlook.ON_TRACK;
        }
        return new CoverageForecast(row.institutionId(), row.institutionName(), row.targetId(), row.targetName(),
                requirement.deadline(), inScope, needed, covered, booked, coveredAYearAgo, outlook, projected);
    }

    private static String key(CoverageRow row) {
        return row.institutionId() + "/" + row.targetId();
    }
}
