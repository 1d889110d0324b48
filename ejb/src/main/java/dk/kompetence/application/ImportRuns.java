package dk.kompetence.application;

import dk.kompetence.domain.payroll.ImportFormat;
import dk.kompetence.domain.payroll.ImportRun;
import dk.kompetence.domain.payroll.ImportStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An import's bookkeeping, each step committed at once so the progress shows while the job runs
 * and a failure is recorded even though the job's own work rolls back. Called by the HR service
 * and by the batch job (which runs without a signed-in caller).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportRuns {

    private static final List<ImportStatus> ACTIVE = List.of(ImportStatus.QUEUED, ImportStatus.READING,
            ImportStatus.APPLYING);

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    public long create(ImportFormat format, String fileName, String startedBy) {
        ImportRun run = new ImportRun(format, fileName, startedBy, LocalDateTime.now(clock));
        entityManager.persist(run);
        entityManager.flush();
        return run.getId();
    }

    /**
     * The run still going, if any. One whose job no longer runs (the server stopped while it ran:
     * the job repository lives in memory) is marked failed here; nothing of it was applied.
     */
    public Optional<ImportRun> active() {
        JobOperator jobs = BatchRuntime.getJobOperator();
        for (ImportRun run : entityManager.createQuery("SELECT r FROM ImportRun r WHERE r.status IN :active",
                ImportRun.class).setParameter("active", ACTIVE).getResultList()) {
            if (stillRunning(jobs, run)) {
                return Optional.of(run);
            }
            run.failed("Importen blev afbrudt (serveren blev genstartet); intet af filen er indlæst.",
                    LocalDateTime.now(clock));
            deleteStaged(run.getId());
        }
        return Optional.empty();
    }

    private boolean stillRunning(JobOperator jobs, ImportRun run) {
        if (run.getExecutionId() == null) {
            // between creating the run and starting its job
            return Duration.between(run.getStartedAt(), LocalDateTime.now(clock)).toMinutes() < 5;
        }
        try {
            BatchStatus status = jobs.getJobExecution(run.getExecutionId()).getBatchStatus();
            return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
        } catch (NoSuchJobExecutionException e) {
            return false;
        }
    }

    public void started(long runId, long executionId) {
        run(runId).started(executionId);
    }

    public void reading(long runId, int total) {
        run(runId).reading(total);
    }

    public void applying(long runId) {
        ImportRun run = run(runId);
        long rejected = entityManager.createQuery("SELECT COUNT(r) FROM ImportRejection r WHERE r.runId = :run",
                Long.class).setParameter("run", runId).getSingleResult();
        run.applying(Duration.between(run.getStartedAt(), LocalDateTime.now(clock)).toMillis(), (int) rejected);
    }

    /** Nothing of the file was applied; its staged rows go, its rejections stay as the report. */
    public void failed(long runId, String reason) {
        ImportRun run = run(runId);
        if (!run.getStatus().isFinished()) {
            run.failed(reason, LocalDateTime.now(clock));
        }
        deleteStaged(runId);
    }

    public ImportRun find(long runId) {
        return run(runId);
    }

    private void deleteStaged(long runId) {
        for (String table : List.of("import_staged_unit", "import_staged_employee")) {
            entityManager.createNativeQuery("DELETE FROM " + table + " WHERE run_id = ?").setParameter(1, runId)
                    .executeUpdate();
        }
    }

    private ImportRun run(long runId) {
        return Optional.ofNullable(entityManager.find(ImportRun.class, runId))
                .orElseThrow(UnknownEntityException.unknown("Import", runId));
    }
}
