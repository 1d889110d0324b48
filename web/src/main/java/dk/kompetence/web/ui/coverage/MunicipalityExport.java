package dk.kompetence.web.ui.coverage;

import dk.kompetence.application.CoverageExports;
import dk.kompetence.application.CoverageExports.State;
import dk.kompetence.application.CoverageExports.Status;
import dk.kompetence.web.export.CoverageWorkbook;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * HR's export of the whole municipality from the coverage page: starts it in the background,
 * follows its progress (the page polls) and offers the file when it is done.
 */
@Named
@ViewScoped
public class MunicipalityExport implements Serializable {

    @Inject
    CoverageExports exports;

    @Inject
    Clock clock;

    private String id;
    private State state;
    private int percent;

    public void start(LocalDate referenceDate) {
        show(exports.start(referenceDate, day -> new CoverageWorkbook(day, LocalDateTime.now(clock))));
    }

    /** Called by the page's poll while the export runs. */
    public void refresh() {
        if (id != null) {
            show(exports.status(id));
        }
    }

    private void show(Status status) {
        id = status.id();
        state = status.state();
        percent = status.percent();
    }

    public boolean isStarted() {
        return id != null;
    }

    public boolean isRunning() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    public boolean isDone() {
        return state == State.DONE;
    }

    public boolean isFailed() {
        return state == State.FAILED;
    }

    public int getPercent() {
        return percent;
    }

    public String getId() {
        return id;
    }
}
