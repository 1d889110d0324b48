package dk.kompetence.web.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook with typed cells: whole numbers, amounts in kroner with øre, shares as
 * percentages, dates as dates, so Excel can sum, sort and chart them. Each sheet has a bold
 * header row that stays in view and an autofilter. Written with POI's streaming SXSSF: only a
 * window of rows is held in memory, the rest goes to (compressed) temporary files that
 * {@link #close()} deletes.
 */
public abstract class TypedWorkbook implements Closeable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_WIDTH = 60;

    /** A share as a fraction (0.725 for 72.5 %), or null when there is none: an empty cell. */
    public record Fraction(Double value) {
    }

    /** A figure that is no money (hours), shown with one decimal; null: an empty cell. */
    public record Decimal(BigDecimal value) {

        @Override
        public String toString() {
            return DanishNumbers.decimal(value);
        }
    }

    protected final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle header;
    private final CellStyle integer;
    private final CellStyle money;
    private final CellStyle percent;
    private final CellStyle oneDecimal;
    private final CellStyle date;
    private final CellStyle dateTime;

    protected TypedWorkbook() {
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        integer = style(BuiltinFormats.getBuiltinFormat("0"));
        // Thousands separator and two decimals; Danish Excel shows them as 12.345,50 kr.
        money = style(workbook.createDataFormat().getFormat("#,##0.00 \"kr.\""));
        percent = style(workbook.createDataFormat().getFormat("0.0%"));
        oneDecimal = style(workbook.createDataFormat().getFormat("0.0"));
        // The built-in short date: Excel shows it in the reader's own date format (dd-mm-yyyy in Danish).
        date = style(BuiltinFormats.getBuiltinFormat("m/d/yy"));
        dateTime = style(BuiltinFormats.getBuiltinFormat("m/d/yy h:mm"));
    }

    public void writeTo(OutputStream out) throws IOException {
        about();
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** The last sheet: what the figures mean, and when they were taken. */
    protected abstract void about();

    protected <T> String table(String wantedName, List<String> columns, List<T> rows, Function<T, List<?>> values) {
        SXSSFSheet sheet = workbook.createSheet(sheetName(wantedName));
        int[] widths = columns.stream().mapToInt(String::length).toArray();
        Row first = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = first.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(header);
        }
        int r = 0;
        for (T row : rows) {
            Row line = sheet.createRow(++r);
            List<?> cells = values.apply(row);
            for (int c = 0; c < cells.size(); c++) {
                widths[c] = Math.max(widths[c], put(line.createCell(c), cells.get(c)));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, r, 0, columns.size() - 1));
        for (int c = 0; c < widths.length; c++) {
            // Room for the autofilter's button next to the header text.
            sheet.setColumnWidth(c, Math.min(widths[c] + 4, MAX_WIDTH) * 256);
        }
        return sheet.getSheetName();
    }

    /** A sheet of label and value lines, the first line a heading. */
    protected void notes(String wantedName, List<List<?>> lines) {
        SXSSFSheet sheet = workbook.createSheet(sheetName(wantedName));
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            List<?> cells = lines.get(r);
            for (int c = 0; c < cells.size(); c++) {
                put(row.createCell(c), cells.get(c));
            }
        }
        sheet.getRow(0).getCell(0).setCellStyle(header);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    /** Writes a typed value (none: an empty cell); returns about how many characters it shows. */
    private int put(Cell cell, Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Integer number) {
            cell.setCellValue(number);
            cell.setCellStyle(integer);
            return String.valueOf(number).length();
        }
        if (value instanceof BigDecimal amount) {
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(money);
            return amount.toPlainString().length() + 6;
        }
        if (value instanceof Decimal figure) {
            if (figure.value() != null) {
                cell.setCellValue(figure.value().doubleValue());
                cell.setCellStyle(oneDecimal);
            }
            return 8;
        }
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
            return 10;
        }
        if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(dateTime);
            return 16;
        }
        if (value instanceof Fraction share) {
            if (share.value() != null) {
                cell.setCellValue(share.value());
                cell.setCellStyle(percent);
            }
            return 6;
        }
        String text = value.toString();
        cell.setCellValue(text);
        return text.length();
    }

    /** Excel allows 31 characters, no []:*?/\ and no two sheets of the same name. */
    protected String sheetName(String wanted) {
        String safe = WorkbookUtil.createSafeSheetName(wanted);
        String name = safe;
        for (int n = 2; workbook.getSheetIndex(name) >= 0; n++) {
            String suffix = " (" + n + ")";
            name = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private CellStyle style(int format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat((short) format);
        return style;
    }
}
