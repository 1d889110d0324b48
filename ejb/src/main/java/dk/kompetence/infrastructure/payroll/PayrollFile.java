package dk.kompetence.infrastructure.payroll;

import dk.kompetence.domain.payroll.ImportFormat;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A payroll file read one item at a time (a unit, an employee or a row that cannot be read), so a
 * file of any size is never held in memory.
 */
public interface PayrollFile extends Closeable {

    /** The next item ({@code RawUnit}, {@code RawEmployee} or {@link UnreadableRow}); null at the end. */
    Object next() throws IOException;

    static PayrollFile open(ImportFormat format, Path file) throws IOException {
        return format == ImportFormat.OPUS_XML ? new OpusXmlFile(file) : new PayrollCsvFile(file);
    }

    /** How many items the file holds, for the progress bar; a quick pass that checks nothing. */
    static int count(ImportFormat format, Path file) throws IOException {
        return format == ImportFormat.OPUS_XML ? OpusXmlFile.count(file) : PayrollCsvFile.count(file);
    }
}
