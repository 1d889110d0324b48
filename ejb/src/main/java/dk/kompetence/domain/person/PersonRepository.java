package dk.kompetence.domain.person;

import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

public interface PersonRepository {

    Optional<Person> find(long id);

    List<Person> findAll(List<Long> ids);

    Page<Person> search(PersonSearch search, PageRequest page);

    /** The person with this payroll employee number (lønnummer), unique when present. */
    Optional<Person> findByEmployeeNumber(String employeeNumber);

    void add(Person person);
}
