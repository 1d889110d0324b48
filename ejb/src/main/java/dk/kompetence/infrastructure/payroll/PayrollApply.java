package dk.kompetence.infrastructure.payroll;

import dk.kompetence.application.ImportRuns;
import dk.kompetence.application.PayrollChanges;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The job's last step: everything staged is applied in one transaction (see {@link PayrollChanges}). */
@Dependent
@Named("payrollApply")
public class PayrollApply extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    ImportRuns runs;

    @Inject
    PayrollChanges changes;

    @Override
    public String process() throws Exception {
        long runId = PayrollImportJob.of(job).runId();
        runs.applying(runId);
        try {
            changes.apply(runId);
        } catch (Exception e) {
            runs.failed(runId, ImportFailures.reason(e));
            throw e;
        }
        return "COMPLETED";
    }
}
