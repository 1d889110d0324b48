package dk.kompetence.web.api;

import static dk.kompetence.web.export.PdfStyle.DATE;
import static dk.kompetence.web.export.PdfStyle.TEXT;
import static dk.kompetence.web.export.PdfStyle.TIME;
import static dk.kompetence.web.export.PdfStyle.TITLE;
import static dk.kompetence.web.export.PdfStyle.section;

import com.lowagie.text.Paragraph;
import dk.kompetence.web.api.PersonResource.PersonalDataView;
import dk.kompetence.web.export.PdfStyle;
import java.util.List;

/** The GDPR access answer as a PDF a person can keep: the same content as the JSON export. */
final class PersonalDataPdf {

    private PersonalDataPdf() {
    }

    static byte[] render(PersonalDataView data) {
        return PdfStyle.render((document, writer) -> {
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
        });
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
