package dk.kompetence.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Who works in a kind of institution: the number of leaders and a weighted mix of job roles. */
enum DemoStaffing {
    SCHOOL(2, "TEACHER", 34, "PEDAGOGUE", 7, "RESOURCE_PERSON", 3, "SUBSTITUTE", 4, "PEDAGOGICAL_ASSISTANT", 2),
    DAYCARE(1, "PEDAGOGUE", 11, "PEDAGOGICAL_ASSISTANT", 4, "UNTRAINED_ASSISTANT", 3, "SUBSTITUTE", 1,
            "RESOURCE_PERSON", 1),
    AFTER_SCHOOL(1, "PEDAGOGUE", 10, "PEDAGOGICAL_ASSISTANT", 4, "UNTRAINED_ASSISTANT", 5, "SUBSTITUTE", 1),
    CLUB(1, "PEDAGOGUE", 5, "SSP_WORKER", 3, "UNTRAINED_ASSISTANT", 2),
    SPECIAL_PROVISION(1, "TEACHER", 8, "PEDAGOGUE", 9, "RESOURCE_PERSON", 2, "PEDAGOGICAL_ASSISTANT", 1),
    PPR(1, "PSYCHOLOGIST", 6, "SPEECH_THERAPIST", 3, "RESOURCE_PERSON", 1),
    HEALTH_VISITING(1, "HEALTH_VISITOR", 1),
    FAMILY_COUNSELLING(1, "SOCIAL_WORKER", 9, "PSYCHOLOGIST", 1),
    ADMINISTRATION(2, "RESOURCE_PERSON", 1),
    VOLUNTEERS(0);

    private final int leaders;
    private final List<String> weightedRoles;

    DemoStaffing(int leaders, Object... rolesAndWeights) {
        this.leaders = leaders;
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < rolesAndWeights.length; i += 2) {
            roles.addAll(Collections.nCopies((Integer) rolesAndWeights[i + 1], (String) rolesAndWeights[i]));
        }
        this.weightedRoles = List.copyOf(roles);
    }

    /** The role of the index-th person hired into such an institution; the first ones lead it. */
    String role(int index, Random random) {
        return index < leaders ? "LEADER" : weightedRoles.get(random.nextInt(weightedRoles.size()));
    }
}
