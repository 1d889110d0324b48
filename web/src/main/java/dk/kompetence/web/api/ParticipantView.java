package dk.kompetence.web.api;

import dk.kompetence.domain.person.PersonKind;
import dk.kompetence.domain.session.Enrolment;
import java.io.Serializable;

/**
 * A participant as an external educator sees them: name, institution and role, nothing more
 * (data minimisation: no contact details, no employee number, no history). role is the job role,
 * or VOLUNTEER for a volunteer, who has none.
 */
public record ParticipantView(String name, String institution, String role) implements Serializable {

    public static ParticipantView of(Enrolment e) {
        return new ParticipantView(e.getPerson().getFullName(),
                e.getInstitution() == null ? "" : e.getInstitution().getName(),
                e.getPerson().getKind() == PersonKind.VOLUNTEER ? "VOLUNTEER" : e.getPerson().getJobRole().name());
    }
}
