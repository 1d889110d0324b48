package dk.kompetence.domain.budget;

import dk.kompetence.domain.session.EnrolmentStatus;
import java.math.BigDecimal;

/** One enrolment charged to a budget, with what it costs and the hours completed (null until completed). */
public record CostedEnrolment(long enrolmentId, long personId, EnrolmentStatus status, BigDecimal cost,
                              BigDecimal completedHours) {
}
