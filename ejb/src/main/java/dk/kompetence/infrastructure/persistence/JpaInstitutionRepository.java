package dk.kompetence.infrastructure.persistence;

import dk.kompetence.domain.organisation.Area;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionRepository;
import dk.kompetence.domain.organisation.InstitutionSearch;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaInstitutionRepository implements InstitutionRepository {

    private static final Map<String, String> SORTABLE = Map.of("name", "i.name", "type", "i.type", "area", "i.area.name");

    @Inject
    EntityManager entityManager;

    @Override
    public Optional<Institution> find(long id) {
        return Optional.ofNullable(entityManager.find(Institution.class, id));
    }

    @Override
    public Page<Institution> search(InstitutionSearch search, PageRequest page) {
        return new JpqlSearch<>(Institution.class, "i", "JOIN FETCH i.area")
                .whereText("text", search.text(), "i.name", "i.institutionNumber", "i.pNumber", "i.costCentre")
                .where("i.type = :type", "type", search.type())
                .where("i.area.id = :area", "area", search.areaId())
                .page(entityManager, page, SORTABLE, "name");
    }

    @Override
    public List<Long> idsByOfficialNumbers(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("SELECT i.id FROM Institution i WHERE i.pNumber IN :numbers "
                + "OR i.institutionNumber IN :numbers", Long.class).setParameter("numbers", numbers).getResultList();
    }

    @Override
    public void add(Institution institution) {
        entityManager.persist(institution);
    }

    @Override
    public Optional<Area> findArea(long id) {
        return Optional.ofNullable(entityManager.find(Area.class, id));
    }

    @Override
    public List<Area> areas() {
        return entityManager.createQuery("SELECT a FROM Area a ORDER BY a.name", Area.class).getResultList();
    }
}
