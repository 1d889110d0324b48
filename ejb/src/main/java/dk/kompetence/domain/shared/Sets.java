package dk.kompetence.domain.shared;

import java.util.Set;

/** Replacing the contents of an entity's collection keeps the collection JPA tracks. */
public final class Sets {

    private Sets() {
    }

    public static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }
}
