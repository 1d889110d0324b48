package dk.kompetence.application;

import dk.kompetence.domain.account.UserAccount;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.person.PersonRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Links a user who signed in through the municipality's identity provider to their account. The
 * token decides who they are and their roles; the account says which person they act for.
 */
@Stateless
@RolesAllowed({CurrentUser.EMPLOYEE, CurrentUser.VOLUNTEER, CurrentUser.LEADER, CurrentUser.HR, CurrentUser.EDUCATOR})
public class SingleSignOn {

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

    @Inject
    EntityManager entityManager;

    @Inject
    PersonRepository people;

    @Inject
    AuditTrail audit;

    /**
     * The account with the user's name if there is one. Otherwise, on the first sign-in, a new account
     * for the person whose payroll employee number the token carries (recorded in the audit trail).
     * Without such a person, or when that person already has an account under another name, there is
     * no account: the user keeps the token's roles but acts for no person until HR sorts it out.
     */
    public Optional<UserAccount> link(@NotNull @Valid SignInClaims claims) {
        UserAccount existing = entityManager.find(UserAccount.class, claims.username());
        if (existing != null) {
            return Optional.of(existing);
        }
        Optional<Person> person = claims.employeeNumberIfAny().flatMap(people::findByEmployeeNumber);
        if (person.isEmpty()) {
            LOG.info(() -> "Single sign-on: no person with the employee number of " + claims.username());
            return Optional.empty();
        }
        long personId = person.get().getId();
        if (hasAccount(personId)) {
            LOG.info(() -> "Single sign-on: person " + personId + " already has an account under another name than "
                    + claims.username());
            return Optional.empty();
        }
        UserAccount account = UserAccount.forSingleSignOn(claims.username(), personId);
        entityManager.persist(account);
        audit.record("ACCOUNT_CREATED_BY_SSO", "Person", personId, personId, "Brugernavn " + claims.username());
        return Optional.of(account);
    }

    private boolean hasAccount(long personId) {
        return !entityManager.createQuery("SELECT a.username FROM UserAccount a WHERE a.personId = :person", String.class)
                .setParameter("person", personId).setMaxResults(1).getResultList().isEmpty();
    }
}
