package dk.kompetence.web.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The look of the PDFs the product hands out (the GDPR answer, the quality report's section):
 * A4, Helvetica (built into every PDF reader, so nothing is embedded), a title, headed sections
 * and plain tables.
 */
public final class PdfStyle {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    public static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    public static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    public static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font FIGURES = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font FIGURES_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);

    /** What goes between opening and closing the document. */
    public interface Content {
        void write(Document document, PdfWriter writer) throws DocumentException;
    }

    private PdfStyle() {
    }

    public static byte[] render(Content content) {
        return render(PageSize.A4, content);
    }

    /** On A4 turned sideways, for tables with many figures. */
    public static byte[] renderLandscape(Content content) {
        return render(PageSize.A4.rotate(), content);
    }

    private static byte[] render(Rectangle pageSize, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(pageSize, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            content.write(document, writer);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF", e);
        }
        return out.toByteArray();
    }

    public static void heading(Document document, String title) throws DocumentException {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    /** A headed table, or "Ingen." when there are no rows. */
    public static void section(Document document, String title, List<String> header, List<List<String>> rows)
            throws DocumentException {
        heading(document, title);
        if (rows.isEmpty()) {
            document.add(new Paragraph("Ingen.", TEXT));
            return;
        }
        PdfPTable table = new PdfPTable(header.size());
        table.setWidthPercentage(100);
        header.forEach(h -> table.addCell(new Paragraph(h, HEADING)));
        rows.forEach(row -> row.forEach(cell -> table.addCell(new Paragraph(cell, TEXT))));
        document.add(table);
    }

    /**
     * A table whose columns from {@code firstFigure} on hold figures (right-aligned, in a size
     * that lets many columns keep whole words); the header row repeats on every page.
     */
    public static PdfPTable figures(List<String> header, List<List<String>> rows, float[] widths, int firstFigure) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (int i = 0; i < header.size(); i++) {
            table.addCell(cell(header.get(i), FIGURES_BOLD, i >= firstFigure));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                table.addCell(cell(row.get(i), FIGURES, i >= firstFigure));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, boolean figure) {
        PdfPCell cell = new PdfPCell(new Paragraph(text, font));
        cell.setHorizontalAlignment(figure ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPadding(3);
        return cell;
    }
}
