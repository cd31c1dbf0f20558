package com.vianet.partnersupport.reports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The last 12 weeks as a table and as native Excel charts (not pictures). */
final class TrendSheet {

  private TrendSheet() {}

  static void write(
      XSSFWorkbook workbook,
      WorkbookStyles styles,
      List<WeeklyFigures> weeks,
      List<EscalationAggregate> aggregates) {
    List<WeeklyFigures> last = weeks.subList(Math.max(0, weeks.size() - 12), weeks.size());
    XSSFSheet sheet = workbook.createSheet("Trend");
    String[] headers = {"Week", "Escalations", "Inappropriate rate", "Deflected"};
    Row header = sheet.createRow(0);
    for (int i = 0; i < headers.length; i++) {
      header.createCell(i).setCellValue(headers[i]);
      header.getCell(i).setCellStyle(styles.header);
      sheet.setColumnWidth(i, 16 * 256);
    }
    for (int i = 0; i < last.size(); i++) {
      WeeklyFigures w = last.get(i);
      Row row = sheet.createRow(i + 1);
      row.createCell(0).setCellValue(w.isoWeek());
      row.createCell(1).setCellValue(w.escalations());
      row.getCell(1).setCellStyle(styles.integer);
      row.createCell(2).setCellValue(w.inappropriateRate());
      row.getCell(2).setCellStyle(styles.percent);
      row.createCell(3).setCellValue(w.deflected());
      row.getCell(3).setCellStyle(styles.integer);
    }
    Map<String, Long> byService = new TreeMap<>();
    aggregates.forEach(a -> byService.merge(a.service(), a.escalations(), Long::sum));
    int serviceRow = last.size() + 3;
    Row serviceHeader = sheet.createRow(serviceRow - 1);
    serviceHeader.createCell(0).setCellValue("Service");
    serviceHeader.createCell(1).setCellValue("Escalations this week");
    serviceHeader.getCell(0).setCellStyle(styles.header);
    serviceHeader.getCell(1).setCellStyle(styles.header);
    int r = serviceRow;
    for (Map.Entry<String, Long> e : byService.entrySet()) {
      Row row = sheet.createRow(r++);
      UserTextCell.write(row.createCell(0), e.getKey(), styles.text, styles.quotedText);
      row.createCell(1).setCellValue(e.getValue());
    }

    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    int n = last.size();
    XDDFDataSource<String> weekAxis =
        XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, n, 0, 0));
    line(
        drawing,
        5,
        0,
        "Escalations per week",
        weekAxis,
        XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, n, 1, 1)),
        "Escalations");
    line(
        drawing,
        5,
        18,
        "Inappropriate rate",
        weekAxis,
        XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, n, 2, 2)),
        "Inappropriate rate");
    if (!byService.isEmpty()) {
      XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 14, 0, 23, 16));
      chart.setTitleText("Escalations by service");
      chart.setTitleOverlay(false);
      XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
      XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
      XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
      data.setBarDirection(BarDirection.COL);
      data.addSeries(
              XDDFDataSourcesFactory.fromStringCellRange(
                  sheet, new CellRangeAddress(serviceRow, r - 1, 0, 0)),
              XDDFDataSourcesFactory.fromNumericCellRange(
                  sheet, new CellRangeAddress(serviceRow, r - 1, 1, 1)))
          .setTitle("Escalations", null);
      chart.plot(data);
    }
  }

  private static void line(
      XSSFDrawing drawing,
      int col,
      int row,
      String title,
      XDDFDataSource<String> weeks,
      XDDFNumericalDataSource<Double> values,
      String series) {
    XSSFChart chart =
        drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col, row, col + 9, row + 16));
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    XDDFChartData data = chart.createData(ChartTypes.LINE, x, y);
    data.addSeries(weeks, values).setTitle(series, null);
    chart.plot(data);
  }
}
