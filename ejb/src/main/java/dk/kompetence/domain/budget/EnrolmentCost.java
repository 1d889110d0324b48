package dk.kompetence.domain.budget;

import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.session.CourseSession;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

/**
 * What one participant on a session costs: the module's fee per participant plus substitute
 * cover (vikardækning) for the hours of the session's meetings at the hourly rate of the person's
 * job role in the year the session starts. Volunteers need no cover; a role without a rate for
 * that year counts no cover (HR sets the rates; a missing one must not stop approvals).
 * A session's fixed cost is not part of it: it falls on the session's payer as a whole.
 */
public final class EnrolmentCost {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private EnrolmentCost() {
    }

    /** The hourly substitute rate per job role and year. */
    @FunctionalInterface
    public interface SubstituteRates {
        Optional<BigDecimal> rate(int year, JobRole role);
    }

    public static BigDecimal of(CourseSession session, Person person, SubstituteRates rates) {
        BigDecimal fee = session.getModule().getFeePerParticipant();
        JobRole role = person.getJobRole();
        BigDecimal rate = role == null ? null : rates.rate(session.getStartsOn().getYear(), role).orElse(null);
        return of(fee, meetingHours(session), rate);
    }

    /** Fee (none = 0) + meeting hours × hourly rate (none = no cover), in kroner with øre. */
    public static BigDecimal of(BigDecimal fee, BigDecimal meetingHours, BigDecimal hourlyRate) {
        BigDecimal cost = fee == null ? BigDecimal.ZERO : fee;
        if (hourlyRate != null) {
            cost = cost.add(meetingHours.multiply(hourlyRate));
        }
        return cost.setScale(2, RoundingMode.HALF_UP);
    }

    /** The length of all the session's meetings, in hours. */
    public static BigDecimal meetingHours(CourseSession session) {
        return hours(session.getMeetings().stream()
                .mapToLong(m -> Duration.between(m.getStartTime(), m.getEndTime()).toMinutes()).sum());
    }

    /** Minutes of meetings as the hours substitute cover is paid for. */
    public static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 4, RoundingMode.HALF_UP);
    }
}
