package dk.kompetence.domain.budget;

import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.session.Enrolment;
import java.util.List;
import java.util.Optional;

public interface BudgetRepository {

    /** The institution's budget for the year; a null institution is the central pool. */
    Optional<Budget> find(Long institutionId, int year);

    /** As find, with the row locked until the transaction ends, so approvals against one budget queue up. */
    Optional<Budget> findForUpdate(Long institutionId, int year);

    List<Budget> budgets(int year);

    void add(Budget budget);

    List<SubstituteRate> rates(int year);

    Optional<SubstituteRate> rate(int year, JobRole role);

    void add(SubstituteRate rate);

    /**
     * Enrolments charged to institutions' budgets in a year: on sessions the participant's
     * institution pays for, starting in that year, in any status. Null institution: all of them.
     */
    List<Enrolment> chargedToInstitutions(Long institutionId, int year);
}
