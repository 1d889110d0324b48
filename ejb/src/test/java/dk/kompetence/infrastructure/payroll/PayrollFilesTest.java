package dk.kompetence.infrastructure.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.domain.payroll.CheckedItem;
import dk.kompetence.domain.payroll.ImportFormat;
import dk.kompetence.domain.payroll.PayrollCheck;
import dk.kompetence.domain.payroll.RawEmployee;
import dk.kompetence.domain.payroll.RawUnit;
import dk.kompetence.domain.person.JobRole;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The payroll readers on files the tests write: separators, encodings, line numbers, CPR never read. */
class PayrollFilesTest {

    private static final String CPR = "0101901234";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path folder;

    private final PayrollCheck check = new PayrollCheck(mapping());

    @Test
    void semicolonCsvInWindows1252KeepsDanishLetters() throws IOException {
        Path file = write("medarbejdere.csv", WINDOWS_1252, """
                Medarbejdernummer;CPR-nummer;Fornavn;Efternavn;Stillingsbetegnelse;Beskæftigelsesgrad;P-nummer;Enhed;Område;Ansat fra
                1001;%s;Søren;Ærø-Åberg;Pædagog;37,5;1017450001;Børnehuset Mælkebøtten;Område Øst;01-08-2020
                """.formatted(CPR));

        List<Object> items = read(ImportFormat.CSV, file);

        RawEmployee raw = assertInstanceOf(RawEmployee.class, items.get(0));
        assertEquals("Søren", raw.firstName());
        assertEquals("Ærø-Åberg", raw.lastName());
        assertEquals(2, raw.position().line());
        CheckedItem checked = check.employee(raw);
        assertFalse(checked.isRejected(), checked.rejection());
        assertEquals(JobRole.PEDAGOGUE, checked.employee().role());
        assertEquals(0, new BigDecimal("0.375").compareTo(checked.employee().fte()));
        assertEquals(LocalDate.of(2020, 8, 1), checked.employee().hireDate());
        assertEquals("Børnehuset Mælkebøtten", checked.units().get(0).name());
        assertEquals("Område Øst", checked.units().get(0).areaName());
    }

    @Test
    void commaCsvInUtf8WithBomReadsTheSame() throws IOException {
        Path file = write("medarbejdere.csv", StandardCharsets.UTF_8, "\uFEFF" + """
                Medarbejdernummer,Fornavn,Efternavn,Stillingsbetegnelse,P-nummer,Enhed,Ansat fra,Leder
                1002,Åse,Møller,"Lærer, overbygning",1017450002,Æblegårdens Skole,2019-01-01,nej
                1003,Jens,Holm,Skoleleder,1017450002,Æblegårdens Skole,2015-01-01,ja
                """);

        List<Object> items = read(ImportFormat.CSV, file);

        assertEquals(2, items.size());
        RawEmployee first = (RawEmployee) items.get(0);
        assertEquals("Åse", first.firstName());
        assertEquals("Lærer, overbygning", first.positionTitle());
        assertEquals(JobRole.TEACHER, check.employee(first).employee().role());
        assertEquals(JobRole.LEADER, check.employee((RawEmployee) items.get(1)).employee().role());
        assertEquals(1, check.employee(first).units().size(), "the unit comes with its first row");
        assertTrue(check.employee((RawEmployee) items.get(1)).units().isEmpty(), "and not again");
    }

    @Test
    void refusedRowsKeepTheirLineNumbers() throws IOException {
        Path file = write("medarbejdere.csv", StandardCharsets.UTF_8, """
                Medarbejdernummer;Fornavn;Efternavn;Stillingsbetegnelse;P-nummer;Ansat fra;Fratrådt

                2001;Ida;Berg;Pædagog;1017450003;2020-01-01;
                2002;Ole;Lund;Astronaut;1017450003;2020-01-01;
                2003;Eva;Kjær;Pædagog;1017450003;1. januar;
                2004;"Anna
                Marie";Dahl;Pædagog;1017450003;2020-01-01;2019-12-31
                2005;Bo;Friis;Pædagog
                """);

        List<Object> items = read(ImportFormat.CSV, file);

        assertEquals(5, items.size());
        assertFalse(check.employee((RawEmployee) items.get(0)).isRejected());
        assertEquals(3, ((RawEmployee) items.get(0)).position().line());
        CheckedItem astronaut = check.employee((RawEmployee) items.get(1));
        assertEquals(4, astronaut.position().line());
        assertEquals("2002", astronaut.reference());
        assertTrue(astronaut.rejection().contains("'Astronaut' findes ikke i stillingstabellen"), astronaut.rejection());
        CheckedItem badDate = check.employee((RawEmployee) items.get(2));
        assertEquals(5, badDate.position().line());
        assertTrue(badDate.rejection().contains("ansættelsesdato '1. januar' er ikke en dato"), badDate.rejection());
        CheckedItem leftBeforeHired = check.employee((RawEmployee) items.get(3));
        assertEquals(6, leftBeforeHired.position().line(), "a quoted field over two lines starts on its first");
        assertTrue(leftBeforeHired.rejection().contains("ligger før ansættelsesdato"), leftBeforeHired.rejection());
        UnreadableRow shortRow = assertInstanceOf(UnreadableRow.class, items.get(4));
        assertEquals(8, shortRow.position().line());
        assertTrue(shortRow.reason().contains("4 felter, overskriften 7"), shortRow.reason());
    }

    @Test
    void aCsvWithoutARequiredColumnCannotBeRead() throws IOException {
        Path file = write("medarbejdere.csv", StandardCharsets.UTF_8, """
                Fornavn;Efternavn;Stillingsbetegnelse;P-nummer;Ansat fra
                Ida;Berg;Pædagog;1017450003;2020-01-01
                """);

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read(ImportFormat.CSV, file));
        assertTrue(e.getMessage().contains("Medarbejdernummer"), e.getMessage());
    }

    @Test
    void opusDumpGivesUnitsAndEmployeesWithElementNumbersAndSkipsCpr() throws IOException {
        Path file = write("ZLPE20250301120000_delta.xml", StandardCharsets.UTF_8, """
                <?xml version="1.0" encoding="utf-8"?>
                <kmd>
                  <orgUnit id="1" client="813" lastChanged="2025-03-01">
                    <startDate>1900-01-01</startDate><endDate>9999-12-31</endDate>
                    <parentOrgUnit/><longName>Andeby Kommune</longName><pNr>0000000000</pNr>
                  </orgUnit>
                  <orgUnit id="20" client="813" lastChanged="2025-03-01">
                    <parentOrgUnit>1</parentOrgUnit><shortName>BH SOL</shortName><longName>Børnehuset Solsikken</longName>
                    <address><street>Vej 1</street></address><pNr>1017450004</pNr><costCenter>4711</costCenter>
                  </orgUnit>
                  <employee id="3001" client="813" lastChanged="2025-03-01">
                    <entryDate>2021-08-01</entryDate><leaveDate>9999-12-31</leaveDate><cpr>%s</cpr>
                    <firstName>Søs</firstName><lastName>Øster</lastName><position>Pædagogisk assistent</position>
                    <positionId>7501</positionId><orgUnit>20</orgUnit><isManager>false</isManager>
                    <email>soes@andeby.dk</email><numerator>30</numerator><denominator>37</denominator>
                  </employee>
                  <employee id="3002" client="813" lastChanged="2025-02-28" action="leave">
                    <entryDate>2010-01-01</entryDate><leaveDate>2025-02-28</leaveDate><cprNr>%s</cprNr>
                    <firstName>Ib</firstName><lastName>Kjær</lastName><position>Pædagog</position><orgUnit>20</orgUnit>
                  </employee>
                </kmd>
                """.formatted(CPR, CPR));

        List<Object> items = read(ImportFormat.OPUS_XML, file);

        assertEquals(4, items.size());
        assertEquals(4, PayrollFile.count(ImportFormat.OPUS_XML, file));
        RawUnit unit = (RawUnit) items.get(1);
        assertEquals("orgUnit 2", unit.position().element());
        assertEquals("1", unit.parentKey());
        assertEquals("Børnehuset Solsikken", unit.name());
        assertNull(check.unit((RawUnit) items.get(0)).units().get(0).pNumber(), "all zeros is no P-number");
        RawEmployee soes = (RawEmployee) items.get(2);
        assertEquals("employee 1", soes.position().element());
        assertEquals(11, soes.position().line());
        CheckedItem checked = check.employee(soes);
        assertEquals(JobRole.PEDAGOGICAL_ASSISTANT, checked.employee().role());
        assertEquals(new BigDecimal("0.811"), checked.employee().fte());
        assertNull(checked.employee().leaveDate(), "9999-12-31 is no end");
        assertEquals(LocalDate.of(2025, 3, 1), checked.employee().changeDate());
        CheckedItem leaver = check.employee((RawEmployee) items.get(3));
        assertEquals(LocalDate.of(2025, 2, 28), leaver.employee().leaveDate());
        assertTrue(items.stream().noneMatch(item -> item.toString().contains(CPR)), "no CPR in any item");
    }

    @Test
    void xmlThatIsNotWellFormedCannotBeReadAndSaysWhere() throws IOException {
        Path file = write("ZLPE1_delta.xml", StandardCharsets.UTF_8, """
                <kmd>
                  <employee id="1"><firstName>Ida</firstName>
                  <employee id="2"><firstName>Bo</firstName></employee>
                """);

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> read(ImportFormat.OPUS_XML, file));
        assertTrue(e.getMessage().startsWith("Filen er ikke gyldig XML (linje"), e.getMessage());
    }

    @Test
    void anotherRootThanKmdIsNotAnOpusDump() throws IOException {
        Path file = write("x.xml", StandardCharsets.UTF_8, "<payroll><employee id=\"1\"/></payroll>");

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> read(ImportFormat.OPUS_XML, file));
        assertTrue(e.getMessage().contains("<kmd>"), e.getMessage());
    }

    @Test
    void aReasonNeverRepeatsACprNumberFromAShiftedColumn() throws IOException {
        Path file = write("medarbejdere.csv", StandardCharsets.UTF_8, """
                Medarbejdernummer;Fornavn;Efternavn;Stillingsbetegnelse;P-nummer;Ansat fra
                4001;Ida;Berg;Pædagog;1017450003;010190-1234
                """);

        CheckedItem refused = check.employee((RawEmployee) read(ImportFormat.CSV, file).get(0));

        assertTrue(refused.isRejected());
        assertFalse(refused.rejection().contains("1234"), refused.rejection());
    }

    private List<Object> read(ImportFormat format, Path file) throws IOException {
        List<Object> items = new ArrayList<>();
        try (PayrollFile payroll = PayrollFile.open(format, file)) {
            for (Object item = payroll.next(); item != null; item = payroll.next()) {
                items.add(item);
            }
        }
        return items;
    }

    private Path write(String name, Charset charset, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content.getBytes(charset));
        return file;
    }

    private static dk.kompetence.domain.payroll.PayrollMapping mapping() {
        try {
            return PayrollMappingFile.read(PayrollFilesTest.class.getResourceAsStream("/payroll-mapping.properties"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
