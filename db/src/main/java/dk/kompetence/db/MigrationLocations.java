package dk.kompetence.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where Flyway finds the migrations for a database: db/migration holds those every supported
 * database runs as they are; db/vendor/{derby,postgresql} hold, under the same version number in
 * each folder, the few whose SQL has to differ. Flyway scans a location with its subfolders, so
 * the vendor folders must not live under db/migration.
 */
public final class MigrationLocations {

    private static final String PORTABLE = "classpath:db/migration";
    private static final String VENDOR = "classpath:db/vendor/";

    private MigrationLocations() {
    }

    public static String[] of(Connection connection) throws SQLException {
        return forProduct(connection.getMetaData().getDatabaseProductName());
    }

    /** For a database as JDBC names it ({@code DatabaseMetaData.getDatabaseProductName()}). */
    public static String[] forProduct(String databaseProductName) {
        String vendor = switch (databaseProductName) {
            case "Apache Derby" -> "derby";
            case "PostgreSQL" -> "postgresql";
            default -> throw new IllegalArgumentException("No migrations for " + databaseProductName
                    + "; Kompetence runs on Apache Derby and PostgreSQL");
        };
        return new String[] {PORTABLE, VENDOR + vendor};
    }

    public static String[] derby() {
        return forProduct("Apache Derby");
    }
}
