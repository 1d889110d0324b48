package dk.kompetence.bench;

import dk.kompetence.reporting.CoverageCounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/** The totals of a coverage report, to see that the endpoint and the SQL report the same numbers. */
record Figures(int lines, long inScope, long covered, long booked, long overdue) {

    static Figures of(List<? extends CoverageCounts> lines) {
        return new Figures(lines.size(), lines.stream().mapToLong(CoverageCounts::inScope).sum(),
                lines.stream().mapToLong(CoverageCounts::covered).sum(),
                lines.stream().mapToLong(CoverageCounts::booked).sum(),
                lines.stream().mapToLong(CoverageCounts::overdue).sum());
    }

    /** From an endpoint's JSON array of report lines. */
    static Figures ofJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            List<JsonObject> lines = reader.readArray().getValuesAs(JsonValue::asJsonObject);
            return new Figures(lines.size(), sum(lines, "inScope"), sum(lines, "covered"), sum(lines, "booked"),
                    sum(lines, "overdue"));
        }
    }

    static Figures parse(String text) {
        String[] parts = text.split(" ");
        return new Figures(Integer.parseInt(value(parts[0])), Long.parseLong(value(parts[1])),
                Long.parseLong(value(parts[2])), Long.parseLong(value(parts[3])), Long.parseLong(value(parts[4])));
    }

    @Override
    public String toString() {
        return "lines=%d inScope=%d covered=%d booked=%d overdue=%d".formatted(lines, inScope, covered, booked, overdue);
    }

    private static long sum(List<JsonObject> lines, String field) {
        return lines.stream().mapToLong(line -> line.getJsonNumber(field).longValue()).sum();
    }

    private static String value(String part) {
        return part.substring(part.indexOf('=') + 1);
    }
}
