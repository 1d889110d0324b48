package dk.kompetence.domain.catalogue;

import java.util.List;
import java.util.Optional;

public interface CourseModuleRepository {

    Optional<CourseModule> find(long id);

    List<CourseModule> findPublished();

    void add(CourseModule module);

    Optional<Provider> findProvider(long id);
}
