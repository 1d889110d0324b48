package dk.kompetence.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;

/**
 * What the identity provider says about the user who signed in through single sign-on, read from
 * the token by the web module. {@code ledInstitutions} holds the official numbers (P-number or
 * Institutionsregister number) of the units a leader leads, or {@code null} when the token carries
 * no such claim; then the leader's memberships decide, as with a password sign-in.
 */
public record SignInClaims(
        @NotBlank @Size(max = 100) String username,
        @Pattern(regexp = "\\d{1,20}", message = "{kompetence.employeeNumber}") String employeeNumber,
        @Size(max = 50) Set<@Pattern(regexp = "\\d{6}|\\d{10}") String> ledInstitutions) {

    public Optional<String> employeeNumberIfAny() {
        return Optional.ofNullable(employeeNumber);
    }

    public Optional<Set<String>> ledInstitutionsIfClaimed() {
        return Optional.ofNullable(ledInstitutions);
    }
}
