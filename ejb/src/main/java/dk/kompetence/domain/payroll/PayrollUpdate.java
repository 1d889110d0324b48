package dk.kompetence.domain.payroll;

import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.person.Membership;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a payroll row changes for a person already known by their payroll id, applied with the
 * row's date: name and e-mail, job role, institution and working time (the running membership ends
 * the day before, a new one starts), and a leaving date (memberships end, the person stays). Every
 * rule is checked before anything changes, so a refused row leaves the person as they were.
 */
public final class PayrollUpdate {

    /** What changed, worded for the audit trail; {@code left} when a leaving date was set. */
    public record Changes(List<String> descriptions, boolean left) {

        public boolean any() {
            return !descriptions.isEmpty();
        }
    }

    private PayrollUpdate() {
    }

    public static Changes apply(Person person, PayrollEmployee row, Institution institution, LocalDate today) {
        if (person.isPseudonymised()) {
            throw refused("personen er anonymiseret og indlæses ikke igen");
        }
        LocalDate effective = row.changeDate() != null ? row.changeDate() : today;
        boolean leaving = row.leaveDate() != null;
        if (!leaving && person.getEndDate() != null) {
            throw refused("personen er fratrådt pr. " + person.getEndDate()
                    + "; en genansættelse registreres af HR");
        }
        boolean renamed = !row.firstName().equals(person.getFirstName()) || !row.lastName().equals(person.getLastName());
        boolean newEmail = !Objects.equals(row.email(), person.getEmail());
        boolean newRole = row.role() != person.getJobRole();
        Optional<Membership> current = person.membershipOn(effective);
        boolean moves = (!leaving || !row.leaveDate().isBefore(effective)) && (current.isEmpty()
                || !current.get().getInstitution().getId().equals(institution.getId())
                || current.get().getFte() == null || current.get().getFte().compareTo(row.fte()) != 0);
        if (moves) {
            person.getMemberships().stream().map(Membership::getStartDate).filter(start -> start.isAfter(effective))
                    .findAny().ifPresent(later -> {
                        throw refused("ændringen pr. " + effective + " ligger før en senere tilknytning (" + later + ")");
                    });
        }
        boolean leaves = leaving && !row.leaveDate().equals(person.getEndDate());
        if (leaves && person.getHireDate() != null && row.leaveDate().isBefore(person.getHireDate())) {
            throw refused("fratrædelsesdato " + row.leaveDate() + " ligger før ansættelsesdato " + person.getHireDate());
        }

        List<String> descriptions = new ArrayList<>();
        if (renamed) {
            person.rename(row.firstName(), row.lastName());
            descriptions.add("navn");
        }
        if (newEmail) {
            person.contact(row.email(), person.getPhone());
            descriptions.add("e-mail");
        }
        if (newRole) {
            descriptions.add("stilling " + person.getJobRole() + " → " + row.role() + " pr. " + effective);
            person.changeRole(row.role());
        }
        if (moves) {
            String from = current.map(m -> m.getInstitution().getName() + " " + m.getFte()).orElse("ingen");
            person.moveTo(institution, effective, row.fte());
            descriptions.add("tilknytning " + from + " → " + institution.getName() + " " + row.fte() + " pr. " + effective);
        }
        if (leaves) {
            person.leave(row.leaveDate());
            descriptions.add("fratrådt " + row.leaveDate());
        }
        return new Changes(descriptions, leaves);
    }

    private static RuleViolationException refused(String reason) {
        return new RuleViolationException(Rule.INVALID_TRANSITION, reason);
    }
}
