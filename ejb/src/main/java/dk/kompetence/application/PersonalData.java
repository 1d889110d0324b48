package dk.kompetence.application;

import dk.kompetence.domain.audit.AuditEvent;
import dk.kompetence.domain.completion.Completion;
import dk.kompetence.domain.notification.Notification;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.session.Enrolment;
import java.time.LocalDateTime;
import java.util.List;

/** Everything the product holds about one person: the answer to a GDPR access request. */
public record PersonalData(LocalDateTime exportedAt, Person person, List<Enrolment> enrolments,
                           List<Completion> completions, List<Notification> notifications, List<AuditEvent> auditTrail) {
}
