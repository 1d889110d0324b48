package dk.kompetence.domain.payroll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/** One import of one payroll file: its progress while it runs, its result afterwards. */
@Entity
@Table(name = "import_run")
public class ImportRun {

    /** How the coverage summary was brought up to date at the end. */
    public enum CoverageUpdate { REBUILD, PEOPLE, NONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImportFormat format;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImportStatus status;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "items_total", nullable = false)
    private int itemsTotal;

    @Column(name = "items_read", nullable = false)
    private int itemsRead;

    @Column(name = "people_created", nullable = false)
    private int peopleCreated;

    @Column(name = "people_changed", nullable = false)
    private int peopleChanged;

    @Column(name = "people_left", nullable = false)
    private int peopleLeft;

    @Column(name = "people_unchanged", nullable = false)
    private int peopleUnchanged;

    @Column(name = "units_created", nullable = false)
    private int unitsCreated;

    @Column(name = "units_changed", nullable = false)
    private int unitsChanged;

    @Column(nullable = false)
    private int rejected;

    @Enumerated(EnumType.STRING)
    @Column(name = "coverage_update", length = 10)
    private CoverageUpdate coverageUpdate;

    @Column(name = "read_millis")
    private Long readMillis;

    @Column(name = "apply_millis")
    private Long applyMillis;

    @Column(name = "coverage_millis")
    private Long coverageMillis;

    @Column(length = 1000)
    private String failure;

    protected ImportRun() {
    }

    public ImportRun(ImportFormat format, String fileName, String startedBy, LocalDateTime startedAt) {
        this.format = Objects.requireNonNull(format);
        this.fileName = Objects.requireNonNull(fileName);
        this.startedBy = Objects.requireNonNull(startedBy);
        this.startedAt = Objects.requireNonNull(startedAt);
        this.status = ImportStatus.QUEUED;
    }

    public void started(long execution) {
        this.executionId = execution;
    }

    public void reading(int total) {
        this.status = ImportStatus.READING;
        this.itemsTotal = total;
    }

    public void applying(long millisReading, int rejectedWhileReading) {
        this.status = ImportStatus.APPLYING;
        this.readMillis = millisReading;
        this.rejected = rejectedWhileReading;
        this.itemsRead = Math.max(itemsRead, itemsTotal);
    }

    /** The counts of the apply step; rejections found while applying add to those of reading. */
    public void completed(Result result, LocalDateTime at) {
        this.peopleCreated = result.peopleCreated();
        this.peopleChanged = result.peopleChanged();
        this.peopleLeft = result.peopleLeft();
        this.peopleUnchanged = result.peopleUnchanged();
        this.unitsCreated = result.unitsCreated();
        this.unitsChanged = result.unitsChanged();
        this.rejected += result.rejected();
        this.coverageUpdate = result.coverageUpdate();
        this.applyMillis = result.applyMillis();
        this.coverageMillis = result.coverageMillis();
        this.status = ImportStatus.COMPLETED;
        this.finishedAt = at;
    }

    /** Nothing of the file was applied; the reason is shown to HR as it is. */
    public void failed(String reason, LocalDateTime at) {
        this.status = ImportStatus.FAILED;
        this.failure = reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
        this.finishedAt = at;
    }

    public int percentRead() {
        if (status.isFinished() || status == ImportStatus.APPLYING) {
            return 100;
        }
        return itemsTotal == 0 ? 0 : Math.min(100, 100 * itemsRead / itemsTotal);
    }

    public record Result(int peopleCreated, int peopleChanged, int peopleLeft, int peopleUnchanged, int unitsCreated,
                         int unitsChanged, int rejected, CoverageUpdate coverageUpdate, long applyMillis,
                         long coverageMillis) {
    }

    public Long getId() {
        return id;
    }

    public ImportFormat getFormat() {
        return format;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public int getItemsTotal() {
        return itemsTotal;
    }

    public int getItemsRead() {
        return itemsRead;
    }

    public int getPeopleCreated() {
        return peopleCreated;
    }

    public int getPeopleChanged() {
        return peopleChanged;
    }

    public int getPeopleLeft() {
        return peopleLeft;
    }

    public int getPeopleUnchanged() {
        return peopleUnchanged;
    }

    public int getUnitsCreated() {
        return unitsCreated;
    }

    public int getUnitsChanged() {
        return unitsChanged;
    }

    public int getRejected() {
        return rejected;
    }

    public CoverageUpdate getCoverageUpdate() {
        return coverageUpdate;
    }

    public Long getReadMillis() {
        return readMillis;
    }

    public Long getApplyMillis() {
        return applyMillis;
    }

    public Long getCoverageMillis() {
        return coverageMillis;
    }

    public String getFailure() {
        return failure;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportRun that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
