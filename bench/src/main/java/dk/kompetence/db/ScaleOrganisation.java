package dk.kompetence.db;

import static dk.kompetence.db.DemoJdbc.insert;

import dk.kompetence.db.DemoOrganisation.Institution;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A Copenhagen-sized municipality: the city's ten districts (bydele) as areas, and institutions of
 * every type in about the city's proportions (mostly daycare), with fictional names made the way
 * the demo's are. Head counts are set here so that they add up to the scale's people.
 */
final class ScaleOrganisation {

    record Organisation(List<Institution> institutions, Map<Long, String> areas, Map<String, Long> trackIds) {

        List<Institution> ofType(String type) {
            return institutions.stream().filter(institution -> institution.type().equals(type)).toList();
        }
    }

    /** How many institutions of a type a municipality of 1,200 has, and their relative head count. */
    private record Kind(String type, int count, int staff, List<String> forms, List<String> words) {
    }

    private static final int COPENHAGEN_INSTITUTIONS = 1_200;
    static final int VOLUNTEER_PERCENT = 8;
    private static final int APPROVAL_PERCENT = 12;

    private static final List<String> DISTRICTS = List.of("Amager Øst", "Amager Vest", "Bispebjerg",
            "Brønshøj-Husum", "Indre By", "Nørrebro", "Valby", "Vanløse", "Vesterbro/Kongens Enghave", "Østerbro");
    private static final String COMMON = "Fællesfunktioner";

    private static final List<String> STEMS = List.of("Mælkebøtten", "Solsikken", "Troldehøj", "Æblehaven",
            "Kløverløkken", "Myretuen", "Lærkereden", "Fuglereden", "Bøgely", "Skovtrolden", "Regnbuen", "Mariehønen",
            "Humlebien", "Spiren", "Kastanjen", "Egetræet", "Pilehuset", "Søstjernen", "Snurretoppen", "Valmuen",
            "Tusindfryd", "Hyldebærhuset", "Elverhøj", "Krudtuglen", "Bikuben", "Fyrtårnet", "Ugleredet", "Himmelblå",
            "Stjerneskuddet", "Nøddeknækkeren", "Globussen", "Havehuset", "Rosenhaven", "Lindehuset", "Birkely",
            "Hasselhuset", "Skovbrynet", "Engen", "Ådalen", "Kildevang", "Bakkehuset", "Strandparken", "Havnegården",
            "Sommerfuglen", "Vindmøllen", "Ankeret", "Bølgen", "Perlen", "Kompasset", "Solstrålen", "Måneskin",
            "Nordlyset", "Fristedet", "Gnisten", "Spurven", "Svalen", "Ørnereden", "Bjørnehulen", "Pindsvinet",
            "Egernet", "Frøen", "Tumlingen", "Mosegården", "Guldregnen", "Hønsehuset", "Blæksprutten", "Karusellen",
            "Pippi", "Rasmus Klump", "Kernehuset");
    private static final List<String> PLACES = List.of("Amagerbro", "Sundby", "Ørestad", "Islands Brygge",
            "Tingbjerg", "Husum", "Brønshøj", "Utterslev", "Emdrup", "Bispebjerg", "Nordvest", "Nørrebro Park",
            "Guldberg", "Blågård", "Vesterbro", "Kongens Enghave", "Sydhavn", "Valby Bakke", "Kirsebærhaven", "Vigerslev",
            "Vanløse", "Jyllingevej", "Grøndal", "Frederiksberg Allé", "Østerbro", "Svanemøllen", "Nordhavn",
            "Kastellet", "Christianshavn", "Holmen", "Ryparken", "Lergravsparken", "Kløvermarken", "Vestamager",
            "Kalvebod", "Hvidovrevej", "Bellahøj", "Degnemosen", "Fælledparken", "Søerne");
    private static final List<String> ADMINISTRATION = List.of("Center for Policy", "Pladsanvisningen",
            "Center for Dagtilbud", "Center for Skole", "Fagligt Center", "Center for Specialundervisning",
            "Center for Ungdomsuddannelse", "Løn og HR", "Kompetencecentret", "Center for Fritid");

    private static final List<Kind> KINDS = List.of(
            new Kind("DAYCARE", 680, 18, List.of("Børnehuset %s", "Vuggestuen %s", "Børnehaven %s",
                    "Integreret institution %s", "Daginstitutionen %s"), STEMS),
            new Kind("SCHOOL", 70, 75, List.of("%s Skole", "Skolen ved %s", "Skolen på %s"), PLACES),
            new Kind("AFTER_SCHOOL", 90, 14, List.of("Fritidshjemmet %s", "Fritidsinstitutionen %s", "SFO %s"), STEMS),
            new Kind("YOUTH_CLUB", 90, 8, List.of("Klub %s", "Fritidsklubben %s", "Ungdomsklubben %s"), STEMS),
            new Kind("SPECIAL_PROVISION", 35, 40, List.of("Specialskolen %s", "Heldagsskolen %s",
                    "Specialtilbuddet %s"), STEMS),
            new Kind("PPR", 10, 35, List.of("PPR %s"), DISTRICTS),
            new Kind("FAMILY_AND_HEALTH", 15, 30, List.of("Sundhedsplejen %s", "Familiecentret %s"), DISTRICTS),
            new Kind("ADMINISTRATION", 10, 25, List.of("Børne- og Ungdomsforvaltningen, %s"), ADMINISTRATION),
            new Kind("ASSOCIATION", 200, 15, List.of("Boldklubben %s", "Spejdergruppen %s", "Idrætsforeningen %s",
                    "Svømmeklubben %s", "Gymnastikforeningen %s", "Håndboldklubben %s", "FDF %s", "Lektiecaféen %s"),
                    STEMS));

    /** The demo's targets name these two special provisions (NEST-SPECIAL), so the city has them too. */
    private static final List<String> NAMED_SPECIAL_PROVISIONS = List.of("Kildens Specialtilbud",
            "Skovbrynets Specialskole");

    private static final String INSERT_INSTITUTION = "INSERT INTO institution (id, area_id, name, type, "
            + "institution_number, daycare_unit_number, p_number, cost_centre, approval_required) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private record Draft(String area, String name, Kind kind) {
    }

    private final Random random;
    private final Set<String> names = new HashSet<>();

    private ScaleOrganisation(Random random) {
        this.random = random;
    }

    static Organisation write(Connection connection, Random random, Scale scale) throws SQLException {
        long municipality = insert(connection, "INSERT INTO municipality (code, name) VALUES (?, ?)",
                "101", "Københavns Kommune");
        Map<String, Long> areaIds = new LinkedHashMap<>();
        for (String area : concat(DISTRICTS, COMMON)) {
            areaIds.put(area, insert(connection, "INSERT INTO area (municipality_id, name) VALUES (?, ?)",
                    municipality, area));
        }
        ScaleOrganisation organisation = new ScaleOrganisation(random);
        List<Draft> drafts = organisation.drafts(scale);
        Collections.shuffle(drafts, random);
        int volunteers = scale.people() * VOLUNTEER_PERCENT / 100;
        int[] headcounts = organisation.headcounts(drafts, scale.people() - volunteers, volunteers);

        List<Institution> institutions = new ArrayList<>();
        Map<Long, String> areas = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        Map<String, Integer> numbered = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            long id = i + 1;
            String type = draft.kind().type();
            int number = numbered.merge(type, 1, Integer::sum);
            boolean association = type.equals("ASSOCIATION");
            // The first school always asks for approval: the demo's leader account leads one that does.
            boolean approvalRequired = !association && (random.nextInt(100) < APPROVAL_PERCENT
                    || type.equals("SCHOOL") && number == 1);
            rows.add(new Object[] {id, areaIds.get(draft.area()), draft.name(), type,
                    type.equals("SCHOOL") ? String.valueOf(101_000 + number) : null,
                    type.equals("DAYCARE") ? "D" + String.format("%05d", number) : null,
                    type.equals("DAYCARE") ? String.valueOf(1_100_000_000L + 4_111L * number) : null,
                    association ? null : String.valueOf(700_000 + 10 * i), approvalRequired});
            institutions.add(new Institution(id, draft.name(), type, staffing(draft), headcounts[i], approvalRequired));
            areas.put(id, draft.area());
        }
        DemoJdbc.batch(connection, INSERT_INSTITUTION, rows);
        return new Organisation(institutions, areas, DemoOrganisation.tracks(connection, municipality));
    }

    private List<Draft> drafts(Scale scale) {
        double factor = (double) scale.institutions() / COPENHAGEN_INSTITUTIONS;
        List<Draft> drafts = new ArrayList<>();
        for (Kind kind : KINDS) {
            int count = Math.max(kind.type().equals("SPECIAL_PROVISION") ? NAMED_SPECIAL_PROVISIONS.size() : 1,
                    (int) Math.round(kind.count() * factor));
            for (int i = 0; i < count; i++) {
                drafts.add(draft(kind, i));
            }
        }
        return drafts;
    }

    /** District services (PPR, health visitors, family centres) one per district in turn; the rest anywhere. */
    private Draft draft(Kind kind, int index) {
        String type = kind.type();
        if (type.equals("ADMINISTRATION")) {
            return named(COMMON, kind, () -> kind.forms().get(0).formatted(pick(kind.words())));
        }
        if (type.equals("PPR") || type.equals("FAMILY_AND_HEALTH")) {
            String district = DISTRICTS.get(index % DISTRICTS.size());
            String form = kind.forms().get(index / DISTRICTS.size() % kind.forms().size());
            return named(district, kind, () -> form.formatted(district));
        }
        String district = pick(DISTRICTS);
        if (type.equals("SPECIAL_PROVISION") && index < NAMED_SPECIAL_PROVISIONS.size()) {
            return named(district, kind, () -> NAMED_SPECIAL_PROVISIONS.get(index));
        }
        return named(district, kind, () -> pick(kind.forms()).formatted(pick(kind.words())));
    }

    /**
     * A name not yet used: another try, or a number at the end. Unique in the whole municipality,
     * not only in the area as the schema asks, because targets name institutions by name.
     */
    private Draft named(String area, Kind kind, Supplier<String> candidates) {
        String name = candidates.get();
        for (int i = 0; i < 20 && names.contains(name); i++) {
            name = candidates.get();
        }
        String base = name;
        for (int n = 2; names.contains(name); n++) {
            name = base + " " + n;
        }
        names.add(name);
        return new Draft(area, name, kind);
    }

    /** Employees over the workplaces and volunteers over the associations, by each kind's usual size. */
    private int[] headcounts(List<Draft> drafts, int employees, int volunteers) {
        double[] weights = new double[drafts.size()];
        double employerWeight = 0;
        double associationWeight = 0;
        for (int i = 0; i < drafts.size(); i++) {
            weights[i] = drafts.get(i).kind().staff() * (0.6 + 0.8 * random.nextDouble());
            if (isAssociation(drafts.get(i))) {
                associationWeight += weights[i];
            } else {
                employerWeight += weights[i];
            }
        }
        int[] headcounts = new int[drafts.size()];
        double employerShare = 0;
        double associationShare = 0;
        for (int i = 0; i < drafts.size(); i++) {
            if (isAssociation(drafts.get(i))) {
                double before = associationShare;
                associationShare += weights[i] / associationWeight;
                headcounts[i] = (int) (Math.round(associationShare * volunteers) - Math.round(before * volunteers));
            } else {
                double before = employerShare;
                employerShare += weights[i] / employerWeight;
                headcounts[i] = (int) (Math.round(employerShare * employees) - Math.round(before * employees));
            }
        }
        return headcounts;
    }

    private static boolean isAssociation(Draft draft) {
        return draft.kind().type().equals("ASSOCIATION");
    }

    private static DemoStaffing staffing(Draft draft) {
        return switch (draft.kind().type()) {
            case "DAYCARE" -> DemoStaffing.DAYCARE;
            case "SCHOOL" -> DemoStaffing.SCHOOL;
            case "AFTER_SCHOOL" -> DemoStaffing.AFTER_SCHOOL;
            case "YOUTH_CLUB" -> DemoStaffing.CLUB;
            case "SPECIAL_PROVISION" -> DemoStaffing.SPECIAL_PROVISION;
            case "PPR" -> DemoStaffing.PPR;
            case "FAMILY_AND_HEALTH" -> draft.name().startsWith("Sundhedsplejen")
                    ? DemoStaffing.HEALTH_VISITING : DemoStaffing.FAMILY_COUNSELLING;
            case "ADMINISTRATION" -> DemoStaffing.ADMINISTRATION;
            default -> DemoStaffing.VOLUNTEERS;
        };
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> concat(List<String> values, String last) {
        List<String> all = new ArrayList<>(values);
        all.add(last);
        return all;
    }
}
