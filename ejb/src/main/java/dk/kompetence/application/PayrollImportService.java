package dk.kompetence.application;

import static dk.kompetence.application.UnknownEntityException.unknown;

import dk.kompetence.domain.payroll.ImportFormat;
import dk.kompetence.domain.payroll.ImportRejection;
import dk.kompetence.domain.payroll.ImportRun;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import dk.kompetence.infrastructure.payroll.ImportFiles;
import dk.kompetence.infrastructure.payroll.PayrollImportJob;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * HR imports staff from the payroll (Opus XML or the documented CSV): an upload of at most 10 MB
 * or a file of the server's drop folder. Each import runs as the batch job {@code payroll-import};
 * one at a time. HR follows its progress and reads its result and every refused row.
 */
@Stateless
@RolesAllowed(CurrentUser.HR)
public class PayrollImportService {

    /** A plain file name, no path: what the report shows and the drop folder is asked for. */
    public static final String FILE_NAME = "[^/\\\\]{1,255}";

    @Inject
    ImportRuns runs;

    @Inject
    ImportFiles files;

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentUser currentUser;

    /** The job reads the file after this returns, so the run is committed before the job starts. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportRun upload(@NotNull @Pattern(regexp = FILE_NAME) String fileName, ImportFormat format,
                            @NotNull InputStream content) {
        ImportFormat chosen = formatOf(fileName, format);
        requireNoneRunning();
        long runId = runs.create(chosen, fileName.strip(), currentUser.name());
        Path file;
        try {
            file = files.saveUpload(runId, content);
        } catch (RuntimeException e) {
            runs.failed(runId, "Filen kunne ikke modtages; intet er indlæst.");
            throw e;
        }
        return start(runId, chosen, file);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportRun importFromDropFolder(@NotNull @Pattern(regexp = FILE_NAME) String fileName, ImportFormat format) {
        Path file = files.inDropFolder(fileName);
        ImportFormat chosen = formatOf(fileName, format);
        requireNoneRunning();
        return start(runs.create(chosen, fileName, currentUser.name()), chosen, file);
    }

    public List<ImportFiles.DropFile> dropFolder() {
        return files.dropFolderFiles();
    }

    /** The newest runs first. */
    public List<ImportRun> runs(int max) {
        return entityManager.createQuery("SELECT r FROM ImportRun r ORDER BY r.startedAt DESC, r.id DESC",
                ImportRun.class).setMaxResults(Math.min(Math.max(max, 1), 200)).getResultList();
    }

    public ImportRun run(long id) {
        return Optional.ofNullable(entityManager.find(ImportRun.class, id)).orElseThrow(unknown("Import", id));
    }

    /** The run's refused rows in the file's order. */
    public Page<ImportRejection> rejections(long runId, @NotNull @Valid PageRequest page) {
        run(runId);
        List<ImportRejection> items = entityManager.createQuery("SELECT r FROM ImportRejection r WHERE r.runId = :run"
                + " ORDER BY r.lineNumber, r.id", ImportRejection.class).setParameter("run", runId)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = entityManager.createQuery("SELECT COUNT(r) FROM ImportRejection r WHERE r.runId = :run", Long.class)
                .setParameter("run", runId).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private ImportRun start(long runId, ImportFormat format, Path file) {
        try {
            runs.started(runId, new PayrollImportJob(runId, format, file).start());
        } catch (RuntimeException e) {
            runs.failed(runId, "Importen kunne ikke startes; intet er indlæst.");
            files.deleteUpload(file);
            throw e;
        }
        return runs.find(runId);
    }

    private void requireNoneRunning() {
        runs.active().ifPresent(run -> {
            throw new RuleViolationException(Rule.IMPORT_RUNNING, "Importen af " + run.getFileName()
                    + " kører stadig; vent til den er færdig.");
        });
    }

    private static ImportFormat formatOf(String fileName, ImportFormat format) {
        return Optional.ofNullable(format).or(() -> ImportFormat.ofFileName(fileName))
                .orElseThrow(() -> new RuleViolationException(Rule.UNSUPPORTED_FILE,
                        "Filen skal være et Opus-udtræk (.xml) eller en CSV-fil (.csv)"));
    }
}
