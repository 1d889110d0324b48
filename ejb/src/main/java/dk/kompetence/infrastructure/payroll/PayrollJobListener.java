package dk.kompetence.infrastructure.payroll;

import dk.kompetence.application.ImportRuns;
import dk.kompetence.domain.payroll.ImportStatus;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After the job, whatever happened: an uploaded file is deleted (it holds CPR numbers), and a run
 * that did not complete is marked failed (the step that failed has recorded why). Nothing of it was applied:
 * the apply step's transaction rolled back or never began.
 */
@Dependent
@Named("payrollJobListener")
public class PayrollJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(PayrollJobListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    ImportRuns runs;

    @Inject
    ImportFiles files;

    @Override
    public void afterJob() {
        PayrollImportJob parameters = PayrollImportJob.of(job);
        try {
            if (runs.find(parameters.runId()).getStatus() != ImportStatus.COMPLETED) {
                LOG.log(Level.WARNING, () -> "Payroll import " + parameters.runId() + " failed: " + job.getExitStatus());
                runs.failed(parameters.runId(), ImportFailures.UNEXPECTED);
            }
        } finally {
            files.deleteUpload(parameters.file());
        }
    }
}
