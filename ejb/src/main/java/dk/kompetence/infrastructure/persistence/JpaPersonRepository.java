package dk.kompetence.infrastructure.persistence;

import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.person.PersonRepository;
import dk.kompetence.domain.person.PersonSearch;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    private static final Map<String, String> SORTABLE = Map.of("lastName", "p.lastName", "firstName", "p.firstName",
            "role", "p.jobRole", "hireDate", "p.hireDate", "employeeNumber", "p.employeeNumber");

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<Person> find(long id) {
        return Optional.ofNullable(entityManager.find(Person.class, id));
    }

    @Override
    public List<Person> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public Page<Person> search(PersonSearch search, PageRequest page) {
        JpqlSearch<Person> query = new JpqlSearch<>(Person.class, "p", null)
                .whereText("text", search.text(), "p.firstName", "p.lastName", "p.email", "p.employeeNumber",
                        "p.payrollId")
                .where("p.kind = :kind", "kind", search.kind())
                .where("p.jobRole = :role", "role", search.role());
        if (search.activeOn() != null) {
            query.where("(p.endDate IS NULL OR p.endDate >= :day) AND (p.hireDate IS NULL OR p.hireDate <= :day)",
                    "day", search.activeOn());
        }
        if (search.institutionId() != null) {
            String activeMembership = search.activeOn() == null ? ""
                    : " AND m.startDate <= :day AND (m.endDate IS NULL OR m.endDate >= :day)";
            query.where("EXISTS (SELECT m FROM Membership m WHERE m.person = p AND m.institution.id = :institution"
                    + activeMembership + ")", "institution", search.institutionId());
        }
        return query.page(entityManager, page, SORTABLE, "lastName");
    }

    @Override
    public Optional<Person> findByEmployeeNumber(String employeeNumber) {
        return entityManager.createQuery("SELECT p FROM Person p WHERE p.employeeNumber = :number", Person.class)
                .setParameter("number", employeeNumber).getResultStream().findFirst();
    }

    @Override
    public void add(Person person) {
        entityManager.persist(person);
    }
}
