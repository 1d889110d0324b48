package dk.kompetence.domain.organisation;

import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface InstitutionRepository {

    Optional<Institution> find(long id);

    Page<Institution> search(InstitutionSearch search, PageRequest page);

    void add(Institution institution);

    /** The institutions with any of these official numbers: P-number or Institutionsregister number. */
    List<Long> idsByOfficialNumbers(Collection<String> numbers);

    Optional<Area> findArea(long id);

    List<Area> areas();
}
