package dk.kompetence.web.ui.coverage;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;

/** A Chart.js line chart of percentages (0-100) for p:chart: one line per series, a gap where a value is null. */
final class LineChart {

    private LineChart() {
    }

    static String percentages(List<String> labels, Map<String, List<Integer>> series) {
        JsonArrayBuilder xLabels = Json.createArrayBuilder();
        labels.forEach(xLabels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        series.forEach((name, values) -> {
            JsonArrayBuilder data = Json.createArrayBuilder();
            values.forEach(value -> {
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            });
            datasets.add(Json.createObjectBuilder().add("label", name).add("data", data).add("fill", false));
        });
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", xLabels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("min", 0).add("max", 100))))
                .build().toString();
    }
}
