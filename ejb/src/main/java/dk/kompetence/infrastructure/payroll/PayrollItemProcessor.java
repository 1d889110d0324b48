package dk.kompetence.infrastructure.payroll;

import dk.kompetence.domain.payroll.CheckedItem;
import dk.kompetence.domain.payroll.PayrollCheck;
import dk.kompetence.domain.payroll.PayrollMapping;
import dk.kompetence.domain.payroll.RawEmployee;
import dk.kompetence.domain.payroll.RawUnit;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Checks each item (see {@link PayrollCheck}): what passes is staged, what fails is reported. */
@Dependent
@Named("payrollItemProcessor")
public class PayrollItemProcessor implements ItemProcessor {

    @Inject
    PayrollMapping mapping;

    @Override
    public Object processItem(Object item) {
        PayrollCheck check = new PayrollCheck(mapping);
        if (item instanceof RawEmployee employee) {
            return check.employee(employee);
        }
        if (item instanceof RawUnit unit) {
            return check.unit(unit);
        }
        UnreadableRow row = (UnreadableRow) item;
        return CheckedItem.rejected(row.position(), null, row.reason());
    }
}
