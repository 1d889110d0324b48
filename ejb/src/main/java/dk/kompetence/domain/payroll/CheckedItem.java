package dk.kompetence.domain.payroll;

import java.util.List;

/**
 * One item of the file after checking: the units and the employee it holds, or why it was
 * refused. A refused item stages nothing.
 */
public record CheckedItem(SourcePosition position, List<PayrollUnitRow> units, PayrollEmployee employee,
                          String reference, String rejection) {

    public static CheckedItem rejected(SourcePosition position, String reference, String reason) {
        return new CheckedItem(position, List.of(), null, reference, reason);
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
