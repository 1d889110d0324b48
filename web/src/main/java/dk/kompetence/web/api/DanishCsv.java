package dk.kompetence.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV the way Danish Excel opens it without an import wizard: semicolon separated, UTF-8 with a
 * byte order mark (so æ, ø and å survive), CRLF line ends.
 */
public final class DanishCsv {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

    private DanishCsv() {
    }

    public static <T> Response download(String filename, List<String> header, List<T> rows,
                                        Function<T, List<?>> columns) {
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
                printer.printRecord(header);
                for (T row : rows) {
                    printer.printRecord(columns.apply(row));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
