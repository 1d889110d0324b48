package dk.kompetence.application;

import dk.kompetence.reporting.CoverageRow;
import dk.kompetence.reporting.CoverageTotal;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A file format for the whole-municipality coverage export, fed one area at a time so the job
 * can report real progress. The web layer writes it (XLSX); the job only hands it the figures.
 */
public interface MunicipalityExportWriter extends AutoCloseable {

    void area(String areaName, List<CoverageRow> rows) throws IOException;

    void municipality(List<CoverageTotal> totals) throws IOException;

    void writeTo(OutputStream out) throws IOException;

    /** Frees what the writer holds (temporary files), written or not. */
    @Override
    void close() throws IOException;
}
