package org.factdesk.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, written with JSON-P so every label is
 * escaped as JSON.
 */
final class Charts {

  private static final String[] COLOURS = {
    "#6366f1", "#10b981", "#ef4444", "#f59e0b", "#0ea5e9", "#a855f7", "#64748b", "#84cc16"
  };

  private Charts() {}

  /** One named series of numbers, one per label. */
  record Series(String name, List<Long> values) {}

  /** A bar chart; stacked when {@code stacked}. */
  static String bar(List<String> labels, List<Series> series, boolean stacked) {
    JsonArrayBuilder sets = Json.createArrayBuilder();
    for (int i = 0; i < series.size(); i++) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      series.get(i).values().forEach(data::add);
      sets.add(
          Json.createObjectBuilder()
              .add("label", series.get(i).name())
              .add("backgroundColor", COLOURS[i % COLOURS.length])
              .add("data", data));
    }
    JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data", Json.createObjectBuilder().add("labels", strings(labels)).add("datasets", sets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", axis)
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("stacked", stacked)
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  /** A doughnut chart, one slice per label, in the given colours (CSS colours, one per label). */
  static String doughnut(List<String> labels, List<Long> values, List<String> sliceColours) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    values.forEach(data::add);
    JsonArrayBuilder colours = Json.createArrayBuilder();
    sliceColours.forEach(colours::add);
    return Json.createObjectBuilder()
        .add("type", "doughnut")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", strings(labels))
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("data", data)
                                .add("backgroundColor", colours))))
        .add(
            "options",
            Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
        .build()
        .toString();
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }
}
