package dk.kompetence.domain.session;

import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.person.Person;

public record TeamMember(Person person, Institution institution, PersonCommitments commitments) {
}
