package com.vianet.partnersupport.portal.dashboard;

import java.util.List;
import java.util.function.Function;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.category.CategoryScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/**
 * Escalations per week as a stacked bar chart (judged inappropriate, appropriate, not judged): the
 * inappropriate share reads at a glance. PrimeFaces' p:chart takes it as Chart.js JSON.
 */
public final class WeeklyChart {

  private WeeklyChart() {}

  /** The chart's JSON; {@code label} names the datasets in the viewer's language. */
  public static String json(List<WeekFigures> weeks, Function<String, String> label) {
    BarData data =
        new BarData()
            .setLabels(weeks.stream().map(WeekFigures::isoWeek).toList())
            .addDataset(
                dataset(label.apply("dashboard.chart.inappropriate"), "#b00020")
                    .setData(weeks.stream().map(w -> (Number) w.inappropriate()).toList()))
            .addDataset(
                dataset(label.apply("dashboard.chart.appropriate"), "#2e7d32")
                    .setData(weeks.stream().map(w -> (Number) w.appropriate()).toList()))
            .addDataset(
                dataset(label.apply("dashboard.chart.unreviewed"), "#9e9e9e")
                    .setData(weeks.stream().map(w -> (Number) w.unreviewed()).toList()));
    BarOptions options =
        new BarOptions()
            .setResponsive(true)
            .setMaintainAspectRatio(false)
            .setScales(
                new Scales()
                    .addScale(Scales.ScaleAxis.X, new CategoryScaleOptions().setStacked(true))
                    .addScale(
                        Scales.ScaleAxis.Y,
                        new LinearScaleOptions().setStacked(true).setBeginAtZero(true)));
    return new BarChart(data, options).toJson();
  }

  private static BarDataset dataset(String label, String colour) {
    return new BarDataset().setLabel(label).setBackgroundColor(colour).setStack("escalations");
  }
}
