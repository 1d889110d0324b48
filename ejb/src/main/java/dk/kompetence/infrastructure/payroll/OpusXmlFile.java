package dk.kompetence.infrastructure.payroll;

import dk.kompetence.domain.payroll.RawEmployee;
import dk.kompetence.domain.payroll.RawUnit;
import dk.kompetence.domain.payroll.SourcePosition;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * KMD Opus's XML dump ({@code ZLPE<timestamp>_delta.xml}, root {@code <kmd>}) read with StAX, one
 * {@code orgUnit} or {@code employee} at a time. Only the fields we use are copied out of the
 * parser; the text of {@code cpr}/{@code cprNr} elements (and of any element we do not know) is
 * skipped without ever being turned into a string. DTDs and external entities are refused.
 */
final class OpusXmlFile implements PayrollFile {

    private static final Set<String> UNIT_FIELDS = Set.of("id", "parentOrgUnit", "longName", "shortName", "pNr",
            "costCenter");
    private static final Set<String> EMPLOYEE_FIELDS = Set.of("id", "entryDate", "leaveDate", "firstName",
            "lastName", "position", "positionId", "orgUnit", "isManager", "email", "numerator", "denominator");
    private static final Set<String> ATTRIBUTES = Set.of("id", "lastChanged", "action");
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final XMLStreamReader xml;
    private int units;
    private int employees;

    OpusXmlFile(Path file) throws IOException {
        in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            xml = factory().createXMLStreamReader(in);
            if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !"kmd".equals(xml.getLocalName())) {
                throw new UnreadableFileException(
                        "Filen er ikke et Opus-udtræk: rodelementet er <" + xml.getLocalName() + ">, ikke <kmd>");
            }
        } catch (XMLStreamException e) {
            in.close();
            throw unreadable(e);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    static int count(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            int depth = 0;
            int items = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 2 && ("employee".equals(xml.getLocalName()) || "orgUnit".equals(xml.getLocalName()))) {
                        items++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return items;
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
    }

    @Override
    public Object next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    int line = xml.getLocation().getLineNumber();
                    switch (xml.getLocalName()) {
                        case "orgUnit" -> {
                            return unit(SourcePosition.element(line, "orgUnit", ++units), fields(UNIT_FIELDS));
                        }
                        case "employee" -> {
                            return employee(SourcePosition.element(line, "employee", ++employees),
                                    fields(EMPLOYEE_FIELDS));
                        }
                        default -> skipElement();
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
    }

    private static RawUnit unit(SourcePosition position, Map<String, String> f) {
        String name = f.get("longName") == null || f.get("longName").isBlank() ? f.get("shortName") : f.get("longName");
        return new RawUnit(position, f.getOrDefault("@id", f.get("id")), f.get("parentOrgUnit"), name, f.get("pNr"),
                f.get("costCenter"), null);
    }

    private static RawEmployee employee(SourcePosition position, Map<String, String> f) {
        String workingTime = f.get("numerator") != null && f.get("denominator") != null
                ? f.get("numerator").strip() + "/" + f.get("denominator").strip() : null;
        return new RawEmployee(position, f.getOrDefault("@id", f.get("id")), f.get("firstName"), f.get("lastName"),
                f.get("email"), f.get("positionId"), f.get("position"), f.get("orgUnit"), f.get("isManager"),
                workingTime, f.get("entryDate"), f.get("leaveDate"), f.get("@lastChanged"),
                "leave".equalsIgnoreCase(f.get("@action")), null);
    }

    /** The item's known attributes (as "@name") and known child elements; the reader ends on its end tag. */
    private Map<String, String> fields(Set<String> known) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            if (ATTRIBUTES.contains(name)) {
                fields.put("@" + name, xml.getAttributeValue(i));
            }
        }
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (known.contains(name)) {
                fields.put(name, xml.getElementText());
            } else {
                // cpr, cprNr, addresses …: never read
                skipElement();
            }
        }
        return fields;
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static UnreadableFileException unreadable(XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " (linje " + e.getLocation().getLineNumber() + ")";
        return new UnreadableFileException("Filen er ikke gyldig XML" + where + ": " + e.getMessage(), e);
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed anyway
        }
        in.close();
    }
}
