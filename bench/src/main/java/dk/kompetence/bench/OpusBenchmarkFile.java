package dk.kompetence.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * A Copenhagen-sized KMD Opus dump for the import benchmark, from a fixed seed: the municipality,
 * ten areas, 1,200 institutions (each with two departments) and the employees spread over the
 * departments, with synthetic names and CPR numbers (which the import must skip). A "delta"
 * moves some of them to another institution with a new position and lets others leave.
 */
final class OpusBenchmarkFile {

    static final int AREAS = 10;
    static final int INSTITUTIONS = 1_200;
    private static final String[] FIRST = {"Anne", "Bo", "Camilla", "Dorthe", "Erik", "Freja", "Gitte", "Henrik",
        "Ida", "Jens", "Karen", "Lars", "Mette", "Niels", "Ole", "Pia", "Rikke", "Søren", "Tina", "Ulla", "Åse"};
    private static final String[] LAST = {"Andersen", "Bøgh", "Christensen", "Dahl", "Eriksen", "Frandsen",
        "Hansen", "Jensen", "Kjær", "Larsen", "Møller", "Nielsen", "Pedersen", "Rasmussen", "Sørensen", "Østergaard"};
    private static final String[] POSITIONS = {"Pædagog", "Pædagog", "Pædagog", "Pædagogisk assistent",
        "Pædagogmedhjælper", "Lærer", "Lærer", "Vikar", "Souschef"};
    private static final String[] KINDS = {"Børnehuset", "Vuggestuen", "Skolen", "Klubben", "SFO"};

    private OpusBenchmarkFile() {
    }

    /** The full dump: every unit and {@code employees} employees. */
    static void writeFull(Path file, int employees) throws IOException {
        Random random = new Random(20_261_125L);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<kmd>\n");
            unit(out, "1", "", "Københavns Kommune (benchmark)", null);
            for (int area = 1; area <= AREAS; area++) {
                unit(out, "A" + area, "1", "Bydel " + area, null);
            }
            for (int i = 1; i <= INSTITUTIONS; i++) {
                unit(out, "I" + i, "A" + (1 + i % AREAS), KINDS[i % KINDS.length] + " nr. " + i, pNumber(i));
                unit(out, "D" + i + "a", "I" + i, "Stue A, " + i, null);
                unit(out, "D" + i + "b", "I" + i, "Stue B, " + i, null);
            }
            for (int e = 1; e <= employees; e++) {
                employee(out, random, e, POSITIONS[random.nextInt(POSITIONS.length)], department(e), "2025-01-01",
                        false);
            }
            out.write("</kmd>\n");
        }
    }

    /** Changes for {@code moved} employees (new unit and position from a date) and {@code leavers} leavers. */
    static void writeDelta(Path file, int moved, int leavers, int employees) throws IOException {
        Random random = new Random(7L);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<kmd>\n");
            for (int i = 0; i < moved; i++) {
                int e = 1 + i * (employees / (moved + leavers));
                employee(out, random, e, "Pædagogisk leder", department(e + 7), LocalDate.now().toString(), false);
            }
            for (int i = moved; i < moved + leavers; i++) {
                int e = 1 + i * (employees / (moved + leavers));
                employee(out, random, e, POSITIONS[e % POSITIONS.length], department(e), LocalDate.now().toString(),
                        true);
            }
            out.write("</kmd>\n");
        }
    }

    private static String department(int employee) {
        return "D" + (1 + employee % INSTITUTIONS) + (employee % 2 == 0 ? "a" : "b");
    }

    private static String pNumber(int institution) {
        return Long.toString(9_000_000_000L + institution);
    }

    private static void unit(BufferedWriter out, String id, String parent, String name, String pNumber)
            throws IOException {
        out.write("  <orgUnit id=\"" + id + "\" client=\"101\" lastChanged=\"2025-01-01\">\n"
                + "    <startDate>1990-01-01</startDate><endDate>9999-12-31</endDate>\n"
                + "    <parentOrgUnit>" + parent + "</parentOrgUnit><shortName>" + id + "</shortName><longName>" + name
                + "</longName>\n    <street>Rådhuspladsen 1</street><zipCode>1550</zipCode><city>København V</city>\n"
                + "    <pNr>" + (pNumber == null ? "0000000000" : pNumber) + "</pNr><costCenter>" + id
                + "</costCenter><orgType>1</orgType>\n  </orgUnit>\n");
    }

    private static void employee(BufferedWriter out, Random random, int number, String position, String unit,
                                 String lastChanged, boolean leaving) throws IOException {
        // Deterministic per employee, so the full file and a re-run agree on everyone.
        Random person = new Random(number);
        String cpr = String.format("%02d%02d%02d%04d", 1 + person.nextInt(28), 1 + person.nextInt(12),
                person.nextInt(100), person.nextInt(10_000));
        int hours = 25 + person.nextInt(13);
        out.write("  <employee id=\"" + (100_000 + number) + "\" client=\"101\" lastChanged=\"" + lastChanged + "\""
                + (leaving ? " action=\"leave\"" : "") + ">\n"
                + "    <entryDate>" + LocalDate.of(2000 + person.nextInt(25), 1 + person.nextInt(12), 1) + "</entryDate>"
                + "<leaveDate>" + (leaving ? lastChanged : "9999-12-31") + "</leaveDate><cpr>" + cpr + "</cpr>\n"
                + "    <firstName>" + FIRST[person.nextInt(FIRST.length)] + "</firstName><lastName>"
                + LAST[person.nextInt(LAST.length)] + "</lastName><address>Gade " + random.nextInt(200)
                + "</address>\n    <position>" + position + "</position><positionId>" + Math.abs(position.hashCode() % 9000)
                + "</positionId><orgUnit>" + unit + "</orgUnit><isManager>false</isManager>\n"
                + "    <email>m" + number + "@kk.example</email><numerator>" + hours + "</numerator>"
                + "<denominator>37</denominator>\n  </employee>\n");
    }
}
