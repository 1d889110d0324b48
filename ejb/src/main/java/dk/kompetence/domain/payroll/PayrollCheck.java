package dk.kompetence.domain.payroll;

import dk.kompetence.domain.person.JobRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks what a payroll file says before anything is staged: required fields, lengths, dates,
 * working time, a P-number's form and whether the position maps to a job role. A row that fails
 * is refused with a reason a payroll clerk can act on; it never quotes something that looks like a
 * CPR number.
 */
public final class PayrollCheck {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d/M/uuuu"));
    /** Opus writes 9999-12-31 for "no end". */
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);
    private static final Pattern P_NUMBER = Pattern.compile("\\d{10}");
    private static final Pattern NO_P_NUMBER = Pattern.compile("0*");
    private static final Pattern CPR_LIKE = Pattern.compile("(?<!\\d)\\d{6}-?\\d{4}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PayrollMapping mapping;

    public PayrollCheck(PayrollMapping mapping) {
        this.mapping = mapping;
    }

    public CheckedItem unit(RawUnit raw) {
        List<String> problems = new ArrayList<>();
        Optional<PayrollUnitRow> unit = checkUnit(raw, problems);
        return unit.map(u -> new CheckedItem(raw.position(), List.of(u), null, u.key(), null))
                .orElseGet(() -> CheckedItem.rejected(raw.position(), reference(raw.key()), String.join("; ", problems)));
    }

    public CheckedItem employee(RawEmployee raw) {
        List<String> problems = new ArrayList<>();
        List<PayrollUnitRow> units = new ArrayList<>();
        if (raw.unit() != null) {
            checkUnit(raw.unit(), problems).ifPresent(units::add);
        }
        String id = required(raw.id(), "medarbejdernummer", 40, problems);
        String firstName = required(raw.firstName(), "fornavn", 100, problems);
        String lastName = required(raw.lastName(), "efternavn", 100, problems);
        String email = optional(raw.email(), "e-mail", 254, problems);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add("e-mail " + quoted(email) + " er ikke en e-mailadresse");
        }
        String unitKey = required(raw.unitKey(), "enhed", 40, problems);
        LocalDate hireDate = date(raw.entryDate(), "ansættelsesdato", problems);
        if (hireDate == null && blank(raw.entryDate())) {
            problems.add("ansættelsesdato mangler");
        }
        LocalDate leaveDate = date(raw.leaveDate(), "fratrædelsesdato", problems);
        LocalDate changeDate = date(raw.changeDate(), "ændringsdato", problems);
        if (raw.leaving() && leaveDate == null && problems.isEmpty()) {
            leaveDate = changeDate;
            if (leaveDate == null) {
                problems.add("fratrædelse uden fratrædelsesdato");
            }
        }
        if (hireDate != null && leaveDate != null && leaveDate.isBefore(hireDate)) {
            problems.add("fratrædelsesdato " + leaveDate + " ligger før ansættelsesdato " + hireDate);
        }
        BigDecimal fte = workingTime(raw.workingTime(), problems);
        boolean manager = yes(raw.manager());
        Optional<JobRole> role = mapping.role(blankToNull(raw.positionCode()), blankToNull(raw.positionTitle()), manager);
        if (role.isEmpty()) {
            problems.add(blank(raw.positionCode()) && blank(raw.positionTitle()) ? "stilling mangler"
                    : "stillingen " + quoted(describe(raw.positionTitle(), raw.positionCode()))
                            + " findes ikke i stillingstabellen");
        }
        if (!problems.isEmpty()) {
            return CheckedItem.rejected(raw.position(), reference(raw.id()), String.join("; ", problems));
        }
        PayrollEmployee employee = new PayrollEmployee(raw.position(), id, firstName, lastName, email,
                role.orElseThrow(), unitKey, fte, hireDate, leaveDate, changeDate);
        return new CheckedItem(raw.position(), units, employee, id, null);
    }

    private Optional<PayrollUnitRow> checkUnit(RawUnit raw, List<String> problems) {
        int before = problems.size();
        String key = required(raw.key(), "enhedens nummer", 40, problems);
        String name = required(raw.name(), "enhedens navn", 150, problems);
        String pNumber = blankToNull(raw.pNumber());
        if (pNumber != null && NO_P_NUMBER.matcher(pNumber).matches()) {
            pNumber = null;
        } else if (pNumber != null && !P_NUMBER.matcher(pNumber).matches()) {
            problems.add("P-nummer skal være 10 cifre");
        }
        String costCentre = optional(raw.costCentre(), "omkostningssted", 20, problems);
        String area = optional(raw.areaName(), "område", 100, problems);
        String parent = optional(raw.parentKey(), "overordnet enhed", 40, problems);
        if (parent != null && parent.equals(key)) {
            parent = null;
        }
        return problems.size() > before ? Optional.empty()
                : Optional.of(new PayrollUnitRow(raw.position(), key, parent, name, pNumber, costCentre, area));
    }

    private static BigDecimal workingTime(String value, List<String> problems) {
        if (blank(value)) {
            return BigDecimal.ONE;
        }
        try {
            BigDecimal fte;
            int slash = value.indexOf('/');
            if (slash >= 0) {
                BigDecimal denominator = number(value.substring(slash + 1));
                fte = denominator.signum() == 0 ? BigDecimal.ONE
                        : number(value.substring(0, slash)).divide(denominator, 3, RoundingMode.HALF_UP);
            } else {
                fte = number(value.replace("%", "")).movePointLeft(2).setScale(3, RoundingMode.HALF_UP);
            }
            if (fte.signum() < 0 || fte.compareTo(BigDecimal.ONE) > 0) {
                problems.add("beskæftigelsesgrad " + quoted(value) + " ligger ikke mellem 0 og 100 %");
                return null;
            }
            return fte;
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add("beskæftigelsesgrad " + quoted(value) + " er ikke et tal");
            return null;
        }
    }

    private static BigDecimal number(String value) {
        return new BigDecimal(value.strip().replace(',', '.'));
    }

    private static LocalDate date(String value, String field, List<String> problems) {
        if (blank(value)) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate date = LocalDate.parse(value.strip(), format);
                return date.equals(OPEN_END) ? null : date;
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        problems.add(field + " " + quoted(value) + " er ikke en dato (åååå-mm-dd eller dd-mm-åååå)");
        return null;
    }

    private static String required(String value, String field, int maxLength, List<String> problems) {
        if (blank(value)) {
            problems.add(field + " mangler");
            return null;
        }
        return optional(value, field, maxLength, problems);
    }

    private static String optional(String value, String field, int maxLength, List<String> problems) {
        String stripped = blankToNull(value);
        if (stripped != null && stripped.length() > maxLength) {
            problems.add(field + " er længere end " + maxLength + " tegn");
            return null;
        }
        return stripped;
    }

    private static boolean yes(String value) {
        return value != null && switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "ja", "j", "1", "x", "yes" -> true;
            default -> false;
        };
    }

    private static String describe(String title, String code) {
        return blank(code) ? title.strip() : blank(title) ? code.strip() : title.strip() + " (" + code.strip() + ")";
    }

    /** The row's id for the report, unless it looks like a CPR number (a shifted column). */
    private static String reference(String id) {
        String value = blankToNull(id);
        return value == null || value.length() > 40 || CPR_LIKE.matcher(value).matches() ? null : value;
    }

    /** A value quoted in a reason: shortened, and a CPR-like number is never repeated. */
    static String quoted(String value) {
        String shown = masked(value.strip());
        return "'" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown) + "'";
    }

    /** Text with every CPR-like number (ddmmyy-nnnn, with or without the dash) blanked out. */
    public static String masked(String text) {
        return text == null ? "" : CPR_LIKE.matcher(text).replaceAll("**********");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
