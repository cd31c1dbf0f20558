package com.vianet.partnersupport.portal.report;

import com.vianet.partnersupport.core.review.RuleQuality;
import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.dataset.LineDataset;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/** Rule quality for compliance reviewers: loads once, the chart's JSON built with it. */
@Named
@ViewScoped
public class RuleQualityView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String[] COLOURS = {
    "#0b3d91", "#b00020", "#2e7d32", "#8a5a00", "#6a1b9a", "#00695c", "#37474f"
  };

  @Inject private CurrentUser currentUser;
  @Inject private RuleQualityReport report;
  @Inject private Messages messages;

  private RuleQualityReport.Figures figures;
  private String chart;

  @PostConstruct
  void load() {
    figures = report.read(currentUser.scope(), LocalDate.now(currentUser.getZone()));
    chart = chart(figures.weeks());
  }

  /** Each rule version's precision week by week; weeks nothing was judged stay empty. */
  private String chart(List<RuleQuality.Week> weeks) {
    Map<String, List<Number>> series = new LinkedHashMap<>();
    figures
        .summaries()
        .forEach(s -> series.put(s.ruleId() + " v" + s.ruleVersion(), new ArrayList<>()));
    for (RuleQuality.Week week : weeks) {
      series.forEach(
          (rule, values) ->
              values.add(
                  week.rows().stream()
                      .filter(r -> (r.ruleId() + " v" + r.ruleVersion()).equals(rule))
                      .map(RuleQuality.Row::precision)
                      .filter(java.util.Objects::nonNull)
                      .map(p -> (Number) Math.round(p * 100))
                      .findFirst()
                      .orElse(null)));
    }
    LineData data =
        new LineData().setLabels(weeks.stream().map(RuleQuality.Week::isoWeek).toList());
    int i = 0;
    for (Map.Entry<String, List<Number>> entry : series.entrySet()) {
      String colour = COLOURS[i++ % COLOURS.length];
      String rule = entry.getKey().substring(0, entry.getKey().lastIndexOf(' '));
      data.addDataset(
          new LineDataset()
              .setLabel(
                  messages.get("rule." + rule)
                      + " ("
                      + entry.getKey().substring(rule.length() + 1)
                      + ")")
              .setBorderColor(colour)
              .setBackgroundColor(colour)
              .setSpanGaps(true)
              .setData(entry.getValue()));
    }
    LineOptions options =
        new LineOptions()
            .setResponsive(true)
            .setMaintainAspectRatio(false)
            .setScales(
                new Scales()
                    .addScale(
                        Scales.ScaleAxis.Y,
                        new LinearScaleOptions().setBeginAtZero(true).setMax(100)));
    return new LineChart(data, options).toJson();
  }

  public RuleQualityReport.Figures getFigures() {
    return figures;
  }

  public String getChart() {
    return chart;
  }

  public long getMissed() {
    return figures.weeks().stream().mapToLong(RuleQuality.Week::missed).sum();
  }

  public long getMinPrecisionPercent() {
    return Math.round(figures.minPrecision() * 100);
  }
}
