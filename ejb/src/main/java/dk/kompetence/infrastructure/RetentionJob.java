package dk.kompetence.infrastructure;

import dk.kompetence.application.CurrentUser;
import dk.kompetence.application.PersonalDataService;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every night, on one server: volunteers inactive for longer than the retention period are pseudonymised. */
@Singleton
@RunAs(CurrentUser.HR)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    PersonalDataService personalData;

    @Inject
    ScheduledRuns runs;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "kompetence.retention.volunteer-months", defaultValue = "24")
    int volunteerMonths;

    @Schedule(hour = "3", minute = "15", persistent = false)
    void pseudonymiseInactiveVolunteers() {
        if (!runs.claim("retention", LocalDate.now(clock).toString())) {
            return;
        }
        int count = personalData.pseudonymiseInactiveVolunteers(volunteerMonths);
        LOG.info(() -> count + " inactive volunteers pseudonymised (retention " + volunteerMonths + " months)");
    }
}
