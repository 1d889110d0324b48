package dk.kompetence.infrastructure.payroll;

import dk.kompetence.application.ImportRuns;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Reads the payroll file item by item; counts its items first so the progress has a total. */
@Dependent
@Named("payrollItemReader")
public class PayrollItemReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    ImportRuns runs;

    private PayrollFile file;

    private long runId;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        PayrollImportJob parameters = PayrollImportJob.of(job);
        runId = parameters.runId();
        try {
            runs.reading(runId, PayrollFile.count(parameters.format(), parameters.file()));
            file = PayrollFile.open(parameters.format(), parameters.file());
        } catch (Exception e) {
            runs.failed(runId, ImportFailures.reason(e));
            throw e;
        }
    }

    @Override
    public Object readItem() throws Exception {
        try {
            return file.next();
        } catch (Exception e) {
            runs.failed(runId, ImportFailures.reason(e));
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        if (file != null) {
            file.close();
        }
    }
}
