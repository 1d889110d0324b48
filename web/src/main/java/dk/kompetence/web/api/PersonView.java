package dk.kompetence.web.api;

import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.person.Membership;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.person.PersonKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record PersonView(long id, PersonKind kind, String firstName, String lastName, String email, String phone,
                         String employeeNumber, String payrollId, JobRole role, LocalDate hireDate, LocalDate endDate,
                         LocalDate consentDate, List<MembershipView> memberships, long version) {

    public record MembershipView(long institutionId, String institution, LocalDate startDate, LocalDate endDate,
                                 BigDecimal fte) {

        static MembershipView of(Membership m) {
            return new MembershipView(m.getInstitution().getId(), m.getInstitution().getName(), m.getStartDate(),
                    m.getEndDate(), m.getFte());
        }
    }

    public static PersonView of(Person p) {
        return new PersonView(p.getId(), p.getKind(), p.getFirstName(), p.getLastName(), p.getEmail(), p.getPhone(),
                p.getEmployeeNumber(), p.getPayrollId(), p.getJobRole(), p.getHireDate(), p.getEndDate(), p.getConsentDate(),
                p.getMemberships().stream().map(MembershipView::of).toList(), p.getVersion());
    }
}
