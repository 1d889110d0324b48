package dk.kompetence.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** Deadlines and dates are Danish dates, whatever zone the server runs in. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Produces
    Clock clock() {
        return Clock.system(DANISH_TIME);
    }
}
