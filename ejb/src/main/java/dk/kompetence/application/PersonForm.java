package dk.kompetence.application;

import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.person.PersonKind;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new employee or volunteer and where they belong. Volunteers give only what is needed (data
 * minimisation): name, contact and the date they consented.
 */
public record PersonForm(
        @NotNull PersonKind kind,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 ]{8,20}", message = "{kompetence.phone}") String phone,
        @Pattern(regexp = "\\d{1,20}", message = "{kompetence.employeeNumber}") String employeeNumber,
        JobRole role,
        LocalDate hireDate,
        @PastOrPresent LocalDate consentDate,
        @NotNull Long institutionId,
        @DecimalMin("0.001") @DecimalMax("1") BigDecimal fte) {

    @AssertTrue(message = "{kompetence.person.employee}")
    public boolean isEmployeeComplete() {
        return kind != PersonKind.EMPLOYEE || (role != null && hireDate != null && consentDate == null);
    }

    @AssertTrue(message = "{kompetence.person.volunteer}")
    public boolean isVolunteerMinimal() {
        return kind != PersonKind.VOLUNTEER || (consentDate != null && role == null && hireDate == null
                && (employeeNumber == null || employeeNumber.isBlank()));
    }
}
