package dk.kompetence.web.api;

import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

public record EnrolmentView(long id, long sessionId, String session, String module, long personId, String person,
                            Long institutionId, EnrolmentStatus status, Integer waitlistPosition,
                            LocalDateTime requestedAt, String requestedBy, LocalDateTime decidedAt, String decidedBy,
                            String decisionComment, LocalDate completedOn, BigDecimal completedHours) {

    public static EnrolmentView of(Enrolment e) {
        return new EnrolmentView(e.getId(), e.getSession().getId(), e.getSession().getCode(),
                e.getSession().getModule().getTitle(), e.getPerson().getId(), e.getPerson().getFullName(),
                e.institutionId(), e.getStatus(), e.getSession().waitlistPosition(e).orElse(null),
                e.getRequestedAt(), e.getRequestedBy(), e.getDecidedAt(), e.getDecidedBy(), e.getDecisionComment(),
                e.getCompletedOn(), e.getCompletedHours());
    }
}
