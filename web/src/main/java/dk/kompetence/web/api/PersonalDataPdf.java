package dk.kompetence.web.api;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dk.kompetence.web.api.PersonResource.PersonalDataView;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The GDPR access answer as a PDF a person can keep: the same content as the JSON export. */
final class PersonalDataPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private PersonalDataPdf() {
    }

    static byte[] render(PersonalDataView data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            PersonView p = data.person();
            document.add(new Paragraph("Dine oplysninger i Kompetence", TITLE));
            document.add(new Paragraph("Udtrukket " + TIME.format(data.exportedAt()), TEXT));
            section(document, "Person", List.of("Navn", "Type", "E-mail", "Telefon", "Lønnummer", "Stilling"),
                    List.of(List.of(p.firstName() + " " + p.lastName(), String.valueOf(p.kind()), text(p.email()),
                            text(p.phone()), text(p.employeeNumber()), p.role() == null ? "" : p.role().name())));
            section(document, "Tilknytninger", List.of("Enhed", "Fra", "Til"), p.memberships().stream()
                    .map(m -> List.of(m.institution(), DATE.format(m.startDate()),
                            m.endDate() == null ? "" : DATE.format(m.endDate()))).toList());
            section(document, "Tilmeldinger", List.of("Modul", "Hold", "Status", "Anmodet"), data.enrolments().stream()
                    .map(e -> List.of(e.module(), e.session(), e.status().name(), TIME.format(e.requestedAt()))).toList());
            section(document, "Gennemført kompetenceudvikling", List.of("Titel", "Dato", "Timer"), data.completions()
                    .stream().map(c -> List.of(c.title(), DATE.format(c.completedOn()), c.hours().toPlainString()))
                    .toList());
            section(document, "Beskeder", List.of("Dato", "Emne"), data.notifications().stream()
                    .map(n -> List.of(TIME.format(n.createdAt()), n.subject())).toList());
            section(document, "Revisionsspor", List.of("Tidspunkt", "Bruger", "Handling"), data.auditTrail().stream()
                    .map(a -> List.of(TIME.format(a.occurredAt()), a.actor(), a.action())).toList());
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF", e);
        }
        return out.toByteArray();
    }

    private static void section(Document document, String title, List<String> header, List<List<String>> rows)
            throws DocumentException {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
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

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
