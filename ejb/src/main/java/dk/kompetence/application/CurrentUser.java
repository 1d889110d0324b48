package dk.kompetence.application;

import dk.kompetence.domain.account.UserAccount;
import dk.kompetence.domain.organisation.InstitutionRepository;
import dk.kompetence.domain.person.Membership;
import dk.kompetence.domain.person.Person;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is asking, and the row-level rules that follow: a leader acts on the people of their own
 * institution(s), an employee on themselves, an educator on their own provider's modules and
 * sessions; HR on everything. Recorded on every change (requested by, decided by, recorded by).
 */
@RequestScoped
public class CurrentUser {

    public static final String EMPLOYEE = "employee";
    public static final String VOLUNTEER = "volunteer";
    public static final String LEADER = "leader";
    public static final String HR = "hr";
    public static final String EDUCATOR = "educator";

    @Inject
    SecurityContext security;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    CallerClaims claims;

    @Inject
    InstitutionRepository institutions;

    private Optional<UserAccount> account;

    public String name() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public boolean is(String role) {
        return security.isCallerInRole(role);
    }

    public boolean isHr() {
        return is(HR);
    }

    /** Leaders and HR may override deadlines that bind employees, e.g. a late cancellation. */
    public boolean mayOverrideDeadlines() {
        return is(LEADER) || isHr();
    }

    public Optional<UserAccount> account() {
        if (account == null) {
            account = Optional.ofNullable(entityManager.find(UserAccount.class, name()));
        }
        return account;
    }

    public Long personId() {
        return account().map(UserAccount::getPersonId).orElse(null);
    }

    public Long providerId() {
        return account().map(UserAccount::getProviderId).orElse(null);
    }

    /**
     * The institutions a leader leads today: those the identity provider names in the token when it
     * names any (single sign-on), otherwise where the leader has an active membership.
     */
    public Set<Long> ledInstitutions() {
        if (!is(LEADER)) {
            return Set.of();
        }
        Optional<Set<String>> claimed = claims.get().flatMap(SignInClaims::ledInstitutionsIfClaimed);
        if (claimed.isPresent()) {
            return Set.copyOf(institutions.idsByOfficialNumbers(claimed.get()));
        }
        Long personId = personId();
        if (personId == null) {
            return Set.of();
        }
        LocalDate today = LocalDate.now(clock);
        return entityManager.find(Person.class, personId).getMemberships().stream()
                .filter(m -> m.isActiveOn(today)).map(m -> m.getInstitution().getId()).collect(Collectors.toSet());
    }

    public void requireHrOrSelf(long personId) {
        if (!isHr() && !Objects.equals(personId(), personId)) {
            throw new AccessDeniedException();
        }
    }

    public void requireHrOrLeaderOf(Long institutionId) {
        if (!isHr() && (institutionId == null || !ledInstitutions().contains(institutionId))) {
            throw new AccessDeniedException();
        }
    }

    /** HR, the person themselves, or a leader of an institution the person belongs to today. */
    public void requireMayActFor(Person person) {
        if (isHr() || Objects.equals(personId(), person.getId())) {
            return;
        }
        Set<Long> led = ledInstitutions();
        LocalDate today = LocalDate.now(clock);
        boolean inTeam = person.getMemberships().stream().filter(m -> m.isActiveOn(today))
                .map(Membership::getInstitution).anyMatch(i -> led.contains(i.getId()));
        if (!inTeam) {
            throw new AccessDeniedException();
        }
    }

    public void requireHrOrProvider(Long providerId) {
        if (!isHr() && (providerId == null || !providerId.equals(providerId()))) {
            throw new AccessDeniedException();
        }
    }
}
