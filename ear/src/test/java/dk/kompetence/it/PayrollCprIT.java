package dk.kompetence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kompetence.application.PayrollImportService;
import dk.kompetence.domain.payroll.ImportRun;
import dk.kompetence.domain.payroll.ImportStatus;
import dk.kompetence.infrastructure.payroll.ImportFiles;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: a payroll file full of CPR numbers (elements, an attribute, a CSV column and a
 * value in the wrong column) is imported from the drop folder, then every text column of every
 * table is searched for them. None may be there.
 */
@ExtendWith(ArquillianExtension.class)
class PayrollCprIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(PayrollCprIT.class, OpusDump.class);
    }

    @Inject
    PayrollImportService imports;

    @Inject
    ImportFiles files;

    @Resource(lookup = "java:jboss/datasources/KompetenceDS")
    DataSource dataSource;

    @Test
    void noCprNumberOfAPayrollFileReachesAnyTable() throws Exception {
        String run = String.format("%09d", System.currentTimeMillis() % 1_000_000_000L);
        String serial = String.format("%04d", System.currentTimeMillis() % 10_000);
        List<String> cprs = List.of("311299" + serial, "300198" + serial, "290297" + serial, "280396" + serial);
        String xml = new OpusDump().unit("P" + run, null, "Børnehuset CPR " + run, "4" + run)
                .employee("P1" + run, cprs.get(0), "Karen", "Pædagog", "P" + run, "2025-01-01", null, null)
                .employee("P2" + run, cprs.get(1), "Bent", "Astronaut", "P" + run, "2025-01-01", null, null).xml()
                .replace("<employee id=\"P1" + run + "\"", "<employee cpr=\"" + cprs.get(1) + "\" id=\"P1" + run + "\"");
        String csv = """
                Medarbejdernummer;CPR;Fornavn;Efternavn;Stillingsbetegnelse;P-nummer;Ansat fra
                Q1%1$s;%2$s;Lis;Bech;Lærer;4%1$s;2020-01-01
                Q2%1$s;%2$s;Per;Bak;Lærer;4%1$s;%3$s
                """.formatted(run, cprs.get(2), cprs.get(3));

        assertEquals(ImportStatus.COMPLETED, importFromDropFolder("ZLPE" + run + "cpr_delta.xml", xml).getStatus());
        ImportRun csvRun = importFromDropFolder("cpr-" + run + ".csv", csv);
        assertEquals(ImportStatus.COMPLETED, csvRun.getStatus());
        assertEquals(1, csvRun.getRejected(), "the row with a CPR number as its hire date");

        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                for (String column : textColumns(connection, table)) {
                    for (String cpr : cprs) {
                        try (PreparedStatement search = connection.prepareStatement("SELECT COUNT(*) FROM \"" + table
                                + "\" WHERE \"" + column + "\" LIKE ? OR \"" + column + "\" LIKE ?")) {
                            search.setString(1, "%" + cpr + "%");
                            search.setString(2, "%" + cpr.substring(0, 6) + "-" + cpr.substring(6) + "%");
                            try (ResultSet rs = search.executeQuery()) {
                                rs.next();
                                if (rs.getInt(1) > 0) {
                                    found.add(table + "." + column);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "CPR numbers found in " + found);
    }

    private ImportRun importFromDropFolder(String name, String content) throws Exception {
        Path file = files.dropFolder().resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try {
            long id = AsUser.call("hr", () -> {
                for (int attempt = 0; ; attempt++) {
                    try {
                        return imports.importFromDropFolder(name, null).getId();
                    } catch (RuntimeException stillRunning) {
                        if (attempt > 240) {
                            throw stillRunning;
                        }
                        Thread.sleep(250);
                    }
                }
            });
            for (int wait = 0; wait < 720; wait++) {
                ImportRun run = AsUser.call("hr", () -> imports.run(id));
                if (run.getStatus().isFinished()) {
                    return run;
                }
                Thread.sleep(250);
            }
            throw new AssertionError("The import did not finish");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<String> tables(Connection connection) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, "APP", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static List<String> textColumns(Connection connection, String table) throws Exception {
        List<String> columns = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getColumns(null, "APP", table, "%")) {
            while (rs.next()) {
                int type = rs.getInt("DATA_TYPE");
                if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR || type == Types.CLOB) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }
}
