package dk.kompetence.db.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Readiness follows the database: DOWN when no working connection can be had. */
class DatabaseReadinessTest {

    @Test
    void upWhenTheConnectionIsValid() {
        HealthCheckResponse response = readiness(dataSource(connection(true))).call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals("database", response.getName());
    }

    @Test
    void downWithTheReasonWhenNoConnectionCanBeHad() {
        DataSource unreachable = stub(DataSource.class, "getConnection", () -> {
            throw new SQLTransientConnectionException("Derby-databasen svarer ikke");
        });

        HealthCheckResponse response = readiness(unreachable).call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("Derby-databasen svarer ikke", response.getData().orElseThrow().get("error"));
    }

    @Test
    void downWhenTheConnectionIsNotValid() {
        HealthCheckResponse response = readiness(dataSource(connection(false))).call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("database", response.getName());
    }

    private static DatabaseReadiness readiness(DataSource dataSource) {
        DatabaseReadiness readiness = new DatabaseReadiness();
        readiness.dataSource = dataSource;
        return readiness;
    }

    private static DataSource dataSource(Connection connection) {
        return stub(DataSource.class, "getConnection", () -> connection);
    }

    /** A connection whose isValid answers valid; close does nothing. */
    private static Connection connection(boolean valid) {
        return stub(Connection.class, "isValid", () -> valid);
    }

    private interface Answer {
        Object get() throws SQLException;
    }

    /** An implementation of the interface that answers the one method and ignores close(). */
    private static <T> T stub(Class<T> type, String method, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, called, args) -> {
            if (called.getName().equals(method)) {
                return answer.get();
            }
            if (called.getName().equals("close")) {
                return null;
            }
            throw new UnsupportedOperationException(called.getName());
        }));
    }
}
