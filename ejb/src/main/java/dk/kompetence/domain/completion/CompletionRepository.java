package dk.kompetence.domain.completion;

import java.util.List;

public interface CompletionRepository {

    void add(Completion completion);

    List<Completion> forPerson(long personId);
}
