package dk.kompetence.domain.payroll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A row or element an import refused: where it was in the file and why. */
@Entity
@Table(name = "import_rejection")
public class ImportRejection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(length = 40)
    private String element;

    @Column(length = 40)
    private String reference;

    @Column(nullable = false, length = 500)
    private String reason;

    protected ImportRejection() {
    }

    public ImportRejection(long runId, SourcePosition position, String reference, String reason) {
        this.runId = runId;
        this.lineNumber = Math.max(1, position.line());
        this.element = position.element();
        this.reference = reference;
        this.reason = shortened(Objects.requireNonNull(reason));
    }

    public static String shortened(String reason) {
        return reason.length() > 500 ? reason.substring(0, 499) + "…" : reason;
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getElement() {
        return element;
    }

    public String getReference() {
        return reference;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportRejection that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
