package com.vianet.partnersupport.reports;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The styles of a workbook, created once: a workbook holds at most 64,000 of them. */
final class WorkbookStyles {

  final CellStyle header;
  final CellStyle text;
  final CellStyle quotedText;
  final CellStyle integer;
  final CellStyle decimal;
  final CellStyle percent;
  final CellStyle date;
  final CellStyle link;
  final CellStyle totalLabel;
  final CellStyle totalInteger;
  final CellStyle totalPercent;

  WorkbookStyles(Workbook workbook) {
    short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
    short decimalFormat = workbook.createDataFormat().getFormat("0.0");
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font linkFont = workbook.createFont();
    linkFont.setUnderline(Font.U_SINGLE);
    linkFont.setColor(IndexedColors.BLUE.getIndex());

    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    text = workbook.createCellStyle();
    quotedText = workbook.createCellStyle();
    quotedText.setQuotePrefixed(true);
    integer = workbook.createCellStyle();
    integer.setDataFormat((short) 3); // #,##0
    decimal = workbook.createCellStyle();
    decimal.setDataFormat(decimalFormat);
    percent = workbook.createCellStyle();
    percent.setDataFormat((short) 10); // 0.00%
    date = workbook.createCellStyle();
    date.setDataFormat(dateFormat);
    link = workbook.createCellStyle();
    link.setFont(linkFont);
    totalLabel = workbook.createCellStyle();
    totalLabel.setFont(bold);
    totalLabel.setBorderTop(BorderStyle.THIN);
    totalInteger = workbook.createCellStyle();
    totalInteger.cloneStyleFrom(integer);
    totalInteger.setFont(bold);
    totalInteger.setBorderTop(BorderStyle.THIN);
    totalPercent = workbook.createCellStyle();
    totalPercent.cloneStyleFrom(percent);
    totalPercent.setFont(bold);
    totalPercent.setBorderTop(BorderStyle.THIN);
  }
}
