package dk.kompetence.infrastructure.persistence;

import dk.kompetence.domain.budget.Budget;
import dk.kompetence.domain.budget.BudgetRepository;
import dk.kompetence.domain.budget.Payer;
import dk.kompetence.domain.budget.SubstituteRate;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.session.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaBudgetRepository implements BudgetRepository {

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<Budget> find(Long institutionId, int year) {
        TypedQuery<Budget> query = entityManager.createQuery("SELECT b FROM Budget b WHERE b.year = :year AND "
                + (institutionId == null ? "b.institutionId IS NULL" : "b.institutionId = :institution"), Budget.class)
                .setParameter("year", year);
        if (institutionId != null) {
            query.setParameter("institution", institutionId);
        }
        return query.getResultStream().findFirst();
    }

    @Override
    public Optional<Budget> findForUpdate(Long institutionId, int year) {
        return find(institutionId, year)
                .map(budget -> entityManager.find(Budget.class, budget.getId(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Budget> budgets(int year) {
        return entityManager.createQuery("SELECT b FROM Budget b WHERE b.year = :year ORDER BY b.institutionId",
                Budget.class).setParameter("year", year).getResultList();
    }

    @Override
    public void add(Budget budget) {
        entityManager.persist(budget);
    }

    @Override
    public List<SubstituteRate> rates(int year) {
        return entityManager.createQuery("SELECT r FROM SubstituteRate r WHERE r.year = :year ORDER BY r.jobRole",
                SubstituteRate.class).setParameter("year", year).getResultList();
    }

    @Override
    public Optional<SubstituteRate> rate(int year, JobRole role) {
        return Optional.ofNullable(entityManager.find(SubstituteRate.class, new SubstituteRate.Key(year, role)));
    }

    @Override
    public void add(SubstituteRate rate) {
        entityManager.persist(rate);
    }

    @Override
    public List<Enrolment> chargedToInstitutions(Long institutionId, int year) {
        TypedQuery<Enrolment> query = entityManager.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.session s "
                        + "JOIN FETCH e.person WHERE s.payer = :payer AND s.startsOn >= :from AND s.startsOn < :until "
                        + "AND e.institution IS NOT NULL"
                        + (institutionId == null ? "" : " AND e.institution.id = :institution"), Enrolment.class)
                .setParameter("payer", Payer.INSTITUTION)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("until", LocalDate.of(year + 1, 1, 1));
        if (institutionId != null) {
            query.setParameter("institution", institutionId);
        }
        return query.getResultList();
    }
}
