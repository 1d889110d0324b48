package dk.kompetence.db;

import dk.kompetence.db.DemoTargets.TargetSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo's targets (among them the programme target, the head-count target and the "within N
 * months of hire" targets) and a few more of the kind a city sets for its own courses: renewed
 * first aid and restraint courses (some completions have expired), a head count of reading
 * counsellors, and the duty to report within three months of hire.
 */
final class ScaleTargets {

    /** The modules the extra targets name: the basic courses of the first themes in ScaleCatalogue. */
    static final List<String> MODULE_CODES = List.of("FHJ-01", "MAGT-01", "UND-01", "LAES-01", "SPRV-01");

    private static final List<TargetSpec> CITY_TARGETS = List.of(
            new TargetSpec("FHJ-DAGTILBUD", "Alt personale i dagtilbud har et gyldigt førstehjælpskursus", "FHJ-01",
                    90, null, 0, null, true, false, List.of("DAYCARE"), List.of(), List.of()),
            new TargetSpec("MAGT-SPECIAL", "Medarbejdere i specialtilbud har kursus i magtanvendelse", "MAGT-01", 100,
                    null, 0, null, true, false, List.of("SPECIAL_PROVISION"), List.of(),
                    List.of("TEACHER", "PEDAGOGUE", "PEDAGOGICAL_ASSISTANT")),
            new TargetSpec("UND-NYE", "Nye medarbejdere kender underretningspligten inden 3 måneder", "UND-01", 100,
                    null, -1, 3, true, false, List.of(), List.of(), List.of()),
            new TargetSpec("LAES-SKOLE", "Mindst 1 læsevejleder pr. skole", "LAES-01", null, 1, 0, null, true, false,
                    List.of("SCHOOL"), List.of(), List.of("TEACHER")),
            new TargetSpec("SPROG-DAGTILBUD", "60 % af pædagogerne i dagtilbud kan lave sprogvurderinger", "SPRV-01",
                    60, null, 1, null, true, false, List.of("DAYCARE"), List.of(), List.of("PEDAGOGUE")));

    private ScaleTargets() {
    }

    static List<TargetSpec> all() {
        List<TargetSpec> targets = new ArrayList<>(DemoTargets.TARGETS);
        targets.addAll(CITY_TARGETS);
        return targets;
    }

    /** The codes of the modules the targets ask for, a programme's modules included. */
    static Set<String> moduleCodes() {
        Set<String> codes = new HashSet<>();
        for (TargetSpec target : all()) {
            if (target.moduleCode() == null) {
                codes.addAll(DemoCatalogue.PROGRAMME_MODULES);
            } else {
                codes.add(target.moduleCode());
            }
        }
        return codes;
    }
}
