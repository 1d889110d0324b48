package dk.kompetence.infrastructure.payroll;

import dk.kompetence.domain.payroll.RawEmployee;
import dk.kompetence.domain.payroll.RawUnit;
import dk.kompetence.domain.payroll.SourcePosition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The documented CSV (one row per employment, Danish column names, see README "HR import"):
 * separated by semicolons or commas (whichever the header line uses more), in UTF-8 (with or
 * without BOM) or, when the bytes are not valid UTF-8, Windows-1252 as Danish Excel saves it.
 * Columns we do not know are ignored, CPR columns among them: their values are never copied out
 * of the parser's record.
 */
final class PayrollCsvFile implements PayrollFile {

    /** Our fields and the column names that give them (compared in lower case, without spaces and dashes). */
    enum Column {
        ID(true, "Medarbejdernummer", "Lønnummer", "Tjenestenummer"),
        FIRST_NAME(true, "Fornavn"),
        LAST_NAME(true, "Efternavn"),
        EMAIL(false, "E-mail", "Mail"),
        POSITION_CODE(false, "Stillingskode"),
        POSITION_TITLE(false, "Stillingsbetegnelse", "Stilling"),
        WORKING_TIME(false, "Beskæftigelsesgrad", "Arbejdstid"),
        P_NUMBER(true, "P-nummer", "Pnr"),
        UNIT(false, "Enhed", "Arbejdssted"),
        AREA(false, "Område"),
        COST_CENTRE(false, "Omkostningssted"),
        HIRE_DATE(true, "Ansat fra", "Ansættelsesdato"),
        LEAVE_DATE(false, "Fratrådt", "Fratrædelsesdato"),
        CHANGE_DATE(false, "Gyldig fra", "Ændringsdato"),
        MANAGER(false, "Leder");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<Column, String> headerOf = new EnumMap<>(Column.class);
    private final int columns;
    private final Map<String, String> unitsSeen = new HashMap<>();

    PayrollCsvFile(Path file) throws IOException {
        Charset charset = charsetOf(file);
        BufferedReader reader = Files.newBufferedReader(file, charset);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            char delimiter = delimiter(reader);
            parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).setTrim(true).get().parse(reader);
            Map<String, String> byNormalisedName = new HashMap<>();
            parser.getHeaderNames().forEach(name -> byNormalisedName.put(normalised(name), name));
            for (Column column : Column.values()) {
                column.names.stream().map(PayrollCsvFile::normalised).filter(byNormalisedName::containsKey).findFirst()
                        .ifPresent(name -> headerOf.put(column, byNormalisedName.get(name)));
                if (column.required && !headerOf.containsKey(column)) {
                    throw new UnreadableFileException("Kolonnen '" + column.names.get(0) + "' mangler i overskriften");
                }
            }
            if (!headerOf.containsKey(Column.POSITION_CODE) && !headerOf.containsKey(Column.POSITION_TITLE)) {
                throw new UnreadableFileException("Kolonnen 'Stillingskode' eller 'Stillingsbetegnelse' mangler i overskriften");
            }
            columns = parser.getHeaderNames().size();
            records = parser.iterator();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e instanceof UnreadableFileException u ? u
                    : new UnreadableFileException("Filens overskrift kan ikke læses: " + e.getMessage(), e);
        }
    }

    /** Rows after the header line; a quoted field over several lines makes it a little high, which a progress bar forgives. */
    static int count(Path file) throws IOException {
        int lines = 0;
        int last = '\n';
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[read - 1];
            }
        }
        return Math.max(0, (last == '\n' ? lines : lines + 1) - 1);
    }

    @Override
    public Object next() throws IOException {
        while (true) {
            long linesBefore = parser.getCurrentLineNumber();
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (RuntimeException e) {
                // commons-csv wraps what it cannot parse (an unclosed quote) in an unchecked exception
                throw new UnreadableFileException("Filen kan ikke læses efter linje " + linesBefore + ": "
                        + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
            }
            SourcePosition position = SourcePosition.line((int) linesBefore + 1);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != columns) {
                return new UnreadableRow(position, "rækken har " + record.size() + " felter, overskriften "
                        + columns + " (forkert skilletegn eller citationstegn?)");
            }
            return employee(position, record);
        }
    }

    private RawEmployee employee(SourcePosition position, CSVRecord record) {
        String pNumber = get(record, Column.P_NUMBER);
        String unitName = get(record, Column.UNIT);
        RawUnit unit = null;
        if (pNumber != null && unitName != null && !unitName.isBlank()) {
            String area = get(record, Column.AREA);
            String costCentre = get(record, Column.COST_CENTRE);
            String signature = unitName + '\u0000' + area + '\u0000' + costCentre;
            if (!signature.equals(unitsSeen.put(pNumber, signature))) {
                unit = new RawUnit(position, pNumber, null, unitName, pNumber, costCentre, area);
            }
        }
        return new RawEmployee(position, get(record, Column.ID), get(record, Column.FIRST_NAME),
                get(record, Column.LAST_NAME), get(record, Column.EMAIL), get(record, Column.POSITION_CODE),
                get(record, Column.POSITION_TITLE), pNumber, get(record, Column.MANAGER),
                get(record, Column.WORKING_TIME), get(record, Column.HIRE_DATE), get(record, Column.LEAVE_DATE),
                get(record, Column.CHANGE_DATE), false, unit);
    }

    private String get(CSVRecord record, Column column) {
        String header = headerOf.get(column);
        return header == null ? null : record.get(header);
    }

    /** UTF-8 when every byte sequence is valid UTF-8, else Windows-1252 (what Danish Excel writes). */
    static Charset charsetOf(Path file) throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buffer = new char[1 << 15];
            while (reader.read(buffer) >= 0) {
                // only decoding matters
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
        }
    }

    private static char delimiter(BufferedReader reader) throws IOException {
        reader.mark(1 << 16);
        String header = reader.readLine();
        reader.reset();
        if (header == null || header.isBlank()) {
            throw new UnreadableFileException("Filen er tom: overskriften mangler");
        }
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons >= commas ? ';' : ',';
    }

    private static String normalised(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
