package dk.kompetence.web.ui;

import dk.kompetence.domain.catalogue.CourseModule;
import java.io.Serializable;

/** An entry of a select menu: an id and what the user reads. */
public record Option(long id, String label) implements Serializable {

    /** A module by title and code: several runs of a course can share a title. */
    public static Option of(CourseModule module) {
        return new Option(module.getId(), module.getTitle() + " (" + module.getCode() + ")");
    }
}
