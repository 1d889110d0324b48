package dk.kompetence.infrastructure.payroll;

import dk.kompetence.domain.payroll.ImportFormat;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.nio.file.Path;
import java.util.Properties;

/** The batch job {@code payroll-import} (META-INF/batch-jobs) and the parameters it runs with. */
public record PayrollImportJob(long runId, ImportFormat format, Path file) {

    private static final String NAME = "payroll-import";

    /** Starts the job on the server's batch thread pool; the execution id is the job repository's. */
    public long start() {
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(runId));
        parameters.setProperty("format", format.name());
        parameters.setProperty("file", file.toString());
        return BatchRuntime.getJobOperator().start(NAME, parameters);
    }

    static PayrollImportJob of(JobContext job) {
        Properties properties = job.getProperties();
        return new PayrollImportJob(Long.parseLong(properties.getProperty("runId")),
                ImportFormat.valueOf(properties.getProperty("format")), Path.of(properties.getProperty("file")));
    }
}
