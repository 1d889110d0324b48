package dk.kompetence.web.api;

import dk.kompetence.domain.completion.ActivityKind;
import dk.kompetence.domain.completion.Completion;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

public record CompletionView(long id, long personId, Long moduleId, String title, ActivityKind activityKind,
                             LocalDate completedOn, BigDecimal hours, String recordedBy) implements Serializable {

    public static CompletionView of(Completion c) {
        return new CompletionView(c.getId(), c.getPerson().getId(),
                c.getModule() == null ? null : c.getModule().getId(), c.getTitle(), c.getActivityKind(),
                c.getCompletedOn(), c.getHours(), c.getRecordedBy());
    }
}
