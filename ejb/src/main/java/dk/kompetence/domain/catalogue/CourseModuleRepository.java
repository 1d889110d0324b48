package dk.kompetence.domain.catalogue;

import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface CourseModuleRepository {

    Optional<CourseModule> find(long id);

    Set<CourseModule> findAll(Collection<Long> ids);

    Page<CourseModule> search(ModuleSearch search, PageRequest page, LocalDate today);

    void add(CourseModule module);

    Optional<Provider> findProvider(long id);

    List<Provider> providers();

    Set<StrategyTrack> findTracks(Collection<Long> ids);

    List<StrategyTrack> tracks();
}
