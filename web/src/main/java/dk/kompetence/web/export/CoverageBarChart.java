package dk.kompetence.web.export;

import com.lowagie.text.BadElementException;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * A horizontal bar chart of coverage per target, drawn with OpenPDF's own vector operations: no
 * chart library, no AWT rendering or system fonts on the server, sharp when printed, and its
 * labels stay real text in the PDF.
 */
final class CoverageBarChart {

    /** One target: its share covered (null when nobody is in scope) and whether it is met. */
    record Bar(String label, Double percent, int covered, int inScope, boolean met) {
    }

    static final Color MET = new Color(0x2E, 0x7D, 0x32);
    static final Color NOT_MET = new Color(0xE0, 0x6C, 0x00);
    private static final Color GRID = new Color(0xBD, 0xBD, 0xBD);
    private static final Color INK = new Color(0x21, 0x21, 0x21);
    private static final float ROW = 18;
    private static final float BAR = 11;
    private static final float AXIS = 16;
    private static final float LABELS = 190;
    private static final float VALUES = 105;
    private static final float FONT_SIZE = 8;

    private CoverageBarChart() {
    }

    /** How tall the chart of that many bars is, in points. */
    static float height(int bars) {
        return bars * ROW + AXIS;
    }

    static Image draw(PdfWriter writer, List<Bar> bars, float width) throws DocumentException {
        BaseFont font = helvetica();
        float height = height(bars.size());
        float plot = width - LABELS - VALUES;
        PdfTemplate chart = writer.getDirectContent().createTemplate(width, height);

        chart.setColorStroke(GRID);
        chart.setLineWidth(0.5f);
        for (int tick = 0; tick <= 100; tick += 25) {
            float x = LABELS + plot * tick / 100;
            chart.moveTo(x, AXIS);
            chart.lineTo(x, height);
            text(chart, font, Element.ALIGN_CENTER, tick + " %", x, AXIS - 10);
        }
        chart.stroke();

        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float baseline = height - (i + 1) * ROW;
            float barBottom = baseline + (ROW - BAR) / 2;
            text(chart, font, Element.ALIGN_LEFT, fit(font, bar.label(), LABELS - 8), 0, barBottom + 2);
            String value;
            if (bar.percent() == null) {
                value = "– (ingen i målgruppen)";
            } else {
                float length = (float) (plot * Math.min(100, bar.percent()) / 100);
                chart.setColorFill(bar.met() ? MET : NOT_MET);
                chart.rectangle(LABELS, barBottom, Math.max(length, 0.5f), BAR);
                chart.fill();
                value = DanishNumbers.percent(bar.percent()) + " % (" + bar.covered() + "/" + bar.inScope() + ")";
            }
            text(chart, font, Element.ALIGN_LEFT, value, LABELS + plot + 6, barBottom + 2);
        }
        try {
            Image image = Image.getInstance(chart);
            image.setAlt("Dækning pr. målsætning i procent");
            return image;
        } catch (BadElementException e) {
            throw new DocumentException(e);
        }
    }

    private static void text(PdfContentByte canvas, BaseFont font, int alignment, String text, float x, float y) {
        canvas.beginText();
        canvas.setColorFill(INK);
        canvas.setFontAndSize(font, FONT_SIZE);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
    }

    /** The label, shortened with an ellipsis to fit the label column. */
    private static String fit(BaseFont font, String label, float width) {
        if (font.getWidthPoint(label, FONT_SIZE) <= width) {
            return label;
        }
        String shorter = label;
        while (shorter.length() > 1 && font.getWidthPoint(shorter + "…", FONT_SIZE) > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter.strip() + "…";
    }

    private static BaseFont helvetica() throws DocumentException {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new DocumentException(e);
        }
    }
}
