package dk.kompetence.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Replaces the application's clock in the deployments that include it, so a test can enrol
 * before a session starts and record the completion after it.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class SettableClock {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private volatile Instant now = Instant.now();

    public void setToday(LocalDate day) {
        now = day.atTime(12, 0).atZone(DANISH_TIME).toInstant();
    }

    @Produces
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return DANISH_TIME;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(now, zone);
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }
}
