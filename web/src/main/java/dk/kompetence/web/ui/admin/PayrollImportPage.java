package dk.kompetence.web.ui.admin;

import dk.kompetence.application.PayrollImportService;
import dk.kompetence.domain.payroll.ImportStatus;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.infrastructure.payroll.ImportFiles.DropFile;
import dk.kompetence.web.api.PayrollImportResource.RejectionView;
import dk.kompetence.web.api.PayrollImportResource.RunView;
import dk.kompetence.web.ui.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * Lønimport for HR: upload a payroll file (at most 10 MB) or pick one in the drop folder, follow
 * the progress (the page polls while the job runs), then read the result and the refused rows.
 */
@Named
@ViewScoped
public class PayrollImportPage implements Serializable {

    /** The rejected rows shown on the page; all of them through the REST API. */
    private static final int SHOWN_REJECTIONS = 200;

    @Inject
    PayrollImportService imports;

    private RunView run;
    private List<RejectionView> rejections = List.of();
    private long rejectionsTotal;
    private List<RunView> history;
    private List<DropFile> dropFolder;

    @PostConstruct
    void load() {
        history = imports.runs(10).stream().map(RunView::of).toList();
        dropFolder = imports.dropFolder();
        history.stream().findFirst().ifPresent(latest -> show(latest.id()));
    }

    public void upload(FileUploadEvent event) {
        Messages.attempt(() -> {
            try (InputStream content = event.getFile().getInputStream()) {
                return started(imports.upload(event.getFile().getFileName(), null, content).getId());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "import", Map.of());
    }

    public void importFromDropFolder(String fileName) {
        Messages.attempt(() -> started(imports.importFromDropFolder(fileName, null).getId()), "import", Map.of());
    }

    /** Called by the page's poll while the job runs. */
    public void refresh() {
        if (run != null) {
            show(run.id());
            if (!isRunning()) {
                history = imports.runs(10).stream().map(RunView::of).toList();
            }
        }
    }

    public void show(long runId) {
        run = RunView.of(imports.run(runId));
        if (!isRunning()) {
            var page = imports.rejections(runId, new PageRequest(0, SHOWN_REJECTIONS, null));
            rejections = page.items().stream().map(RejectionView::of).toList();
            rejectionsTotal = page.total();
        } else {
            rejections = List.of();
            rejectionsTotal = 0;
        }
    }

    private Long started(long runId) {
        show(runId);
        history = imports.runs(10).stream().map(RunView::of).toList();
        return runId;
    }

    public boolean isRunning() {
        return run != null && !ImportStatus.valueOf(run.status()).isFinished();
    }

    public boolean isCompleted() {
        return run != null && ImportStatus.valueOf(run.status()) == ImportStatus.COMPLETED;
    }

    public boolean isFailed() {
        return run != null && ImportStatus.valueOf(run.status()) == ImportStatus.FAILED;
    }

    public RunView getRun() {
        return run;
    }

    public List<RejectionView> getRejections() {
        return rejections;
    }

    public long getRejectionsTotal() {
        return rejectionsTotal;
    }

    public List<RunView> getHistory() {
        return history;
    }

    public List<DropFile> getDropFolder() {
        return dropFolder;
    }
}
