package dk.kompetence.domain.payroll;

/**
 * Where a row came from: its line in the file and, in an XML file, which element it was
 * ({@code employee 17}: the 17th employee element).
 */
public record SourcePosition(int line, String element) {

    public static SourcePosition line(int line) {
        return new SourcePosition(line, null);
    }

    public static SourcePosition element(int line, String name, int number) {
        return new SourcePosition(line, name + " " + number);
    }

    @Override
    public String toString() {
        return element == null ? "linje " + line : "linje " + line + " (" + element + ")";
    }
}
