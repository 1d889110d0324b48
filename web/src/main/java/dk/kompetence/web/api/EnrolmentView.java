package dk.kompetence.web.api;

import dk.kompetence.application.Approval;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

public record EnrolmentView(long id, long sessionId, String session, String module, long personId, String person,
                            Long institutionId, EnrolmentStatus status, Integer waitlistPosition,
                            LocalDateTime requestedAt, String requestedBy, LocalDateTime decidedAt, String decidedBy,
                            String decisionComment, LocalDate completedOn, BigDecimal completedHours,
                            Boolean overBudget, BigDecimal budgetRemaining) implements Serializable {

    /** An approval: with the institution's remaining budget and the over-budget warning when it was checked. */
    public static EnrolmentView of(Approval approval) {
        EnrolmentView e = of(approval.enrolment());
        return approval.budget() == null ? e : new EnrolmentView(e.id, e.sessionId, e.session, e.module, e.personId,
                e.person, e.institutionId, e.status, e.waitlistPosition, e.requestedAt, e.requestedBy, e.decidedAt,
                e.decidedBy, e.decisionComment, e.completedOn, e.completedHours, approval.overBudget(),
                approval.budget().remaining());
    }

    public static EnrolmentView of(Enrolment e) {
        return new EnrolmentView(e.getId(), e.getSession().getId(), e.getSession().getCode(),
                e.getSession().getModule().getTitle(), e.getPerson().getId(), e.getPerson().getFullName(),
                e.institutionId(), e.getStatus(), e.getSession().waitlistPosition(e).orElse(null),
                e.getRequestedAt(), e.getRequestedBy(), e.getDecidedAt(), e.getDecidedBy(), e.getDecisionComment(),
                e.getCompletedOn(), e.getCompletedHours(), null, null);
    }
}
