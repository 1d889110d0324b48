package dk.kompetence.domain.session;

import java.util.List;
import java.util.Set;

/**
 * What a person already has, gathered from other sessions, for the rules of a new enrolment:
 * the modules they are actively enrolled in, the time slots those enrolments occupy, and the
 * modules they hold a valid completion of.
 */
public record PersonCommitments(Set<Long> activeModuleIds, List<TimeSlot> busySlots, Set<Long> validCompletedModuleIds) {

    public static PersonCommitments none() {
        return new PersonCommitments(Set.of(), List.of(), Set.of());
    }
}
