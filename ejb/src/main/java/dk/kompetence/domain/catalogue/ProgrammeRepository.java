package dk.kompetence.domain.catalogue;

import java.util.List;
import java.util.Optional;

public interface ProgrammeRepository {

    Optional<Programme> find(long id);

    List<Programme> findAll();

    void add(Programme programme);
}
