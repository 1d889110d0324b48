package dk.kompetence.db;

import static dk.kompetence.db.DemoCatalogue.ALL_MUNICIPAL;
import static dk.kompetence.db.DemoCatalogue.ALL_STAFF;
import static dk.kompetence.db.DemoCatalogue.CHILD_SETTINGS;
import static dk.kompetence.db.DemoCatalogue.KP;
import static dk.kompetence.db.DemoCatalogue.PPR;
import static dk.kompetence.db.DemoJdbc.insert;

import dk.kompetence.db.DemoCatalogue.Module;
import dk.kompetence.db.DemoCatalogue.ModuleSpec;
import dk.kompetence.db.DemoCatalogue.Provider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's catalogue (the strategies' modules and the Hillerød-uddannelsen programme) and, up to
 * the scale's module count, modules on the themes a large municipality offers, each theme in a
 * few variants: the basic course, an in-depth course that requires it, one for leaders, a network,
 * an e-learning course and retired editions.
 */
final class ScaleCatalogue {

    private record Theme(String prefix, String title, Provider provider, String format, String hours,
                         List<String> roles, List<String> types, String approach, String track, Integer renewal) {
    }

    private static final Provider BUF = new Provider("Københavns Kommune, Børne- og Ungdomsforvaltningen", "INTERNAL",
            List.of("Lise Bech, pædagogisk konsulent", "Omar Hansen, skolekonsulent", "Pernille Krogh, udviklingskonsulent"),
            List.of("Rådhuset, mødesal 1", "Kompetencecentret, Nørrebro", "Kompetencecentret, Valby"));
    private static final Provider ABSALON = new Provider("Professionshøjskolen Absalon", "UNIVERSITY_COLLEGE",
            List.of("Henrik Vinther, Absalon", "Karina Dam, Absalon"), List.of("Absalon, Campus Roskilde"));
    private static final Provider FIRST_AID = new Provider("Førstehjælpsinstruktørerne", "OTHER",
            List.of("Jakob Lind, instruktør", "Sara Mølgaard, instruktør"), List.of("Ude i egen institution"));

    private static final List<String> TEACHING = List.of("TEACHER", "PEDAGOGUE", "RESOURCE_PERSON");
    private static final List<String> PEDAGOGICAL = List.of("PEDAGOGUE", "PEDAGOGICAL_ASSISTANT",
            "UNTRAINED_ASSISTANT");
    private static final List<String> SCHOOLS = List.of("SCHOOL", "SPECIAL_PROVISION");
    private static final List<String> LEISURE = List.of("AFTER_SCHOOL", "YOUTH_CLUB", "ASSOCIATION");

    /** The first ones carry the city's own targets (see ScaleTargets), so every scale has them. */
    private static final List<Theme> THEMES = List.of(
            new Theme("FHJ", "Førstehjælp til børn og unge", FIRST_AID, "IN_PERSON", "6", ALL_STAFF, CHILD_SETTINGS,
                    "OTHER", "KOMPETENCER", 24),
            new Theme("MAGT", "Magtanvendelse og konfliktnedtrapning", BUF, "IN_PERSON", "7",
                    List.of("TEACHER", "PEDAGOGUE", "PEDAGOGICAL_ASSISTANT", "UNTRAINED_ASSISTANT", "SUBSTITUTE",
                            "LEADER", "RESOURCE_PERSON"), CHILD_SETTINGS, "OTHER", "INDSATSER", 36),
            new Theme("UND", "Underretningspligt og tidlig opsporing", BUF, "E_LEARNING", "2", ALL_STAFF, ALL_MUNICIPAL,
                    "OTHER", "INDSATSER", 24),
            new Theme("LAES", "Læsevejlederuddannelsen", KP, "IN_PERSON", "60", List.of("TEACHER"), SCHOOLS, "OTHER",
                    "KOMPETENCER", null),
            new Theme("SPRV", "Sprogvurdering og sprogarbejde 0-6 år", PPR, "IN_PERSON", "14", PEDAGOGICAL,
                    List.of("DAYCARE"), "HANEN", "KOMPETENCER", null),
            new Theme("MATV", "Matematikvejlederuddannelsen", KP, "IN_PERSON", "60", List.of("TEACHER"), SCHOOLS, "OTHER",
                    "KOMPETENCER", null),
            new Theme("DSA", "Dansk som andetsprog i alle fag", ABSALON, "IN_PERSON", "21", TEACHING, SCHOOLS, "OTHER",
                    "KOMPETENCER", null),
            new Theme("FLER", "Flersprogede børn i dagtilbud", BUF, "IN_PERSON", "12", PEDAGOGICAL, List.of("DAYCARE"),
                    "OTHER", "FAMILIER", null),
            new Theme("MENT", "Mentalisering i det pædagogiske arbejde", KP, "IN_PERSON", "14", TEACHING, CHILD_SETTINGS,
                    "RELATIONAL_COMPETENCE", "KOMPETENCER", null),
            new Theme("TRAU", "Traumeinformeret pædagogik", KP, "IN_PERSON", "14", TEACHING, CHILD_SETTINGS, "OTHER",
                    "INDSATSER", null),
            new Theme("AUT", "Autismespektrumforstyrrelser: pædagogiske strategier", PPR, "IN_PERSON", "14", TEACHING,
                    CHILD_SETTINGS, "OTHER", "INDSATSER", null),
            new Theme("ADHD", "ADHD og koncentrationsvanskeligheder i skolen", PPR, "IN_PERSON", "7", TEACHING, SCHOOLS,
                    "CLASSROOM_MANAGEMENT", "INDSATSER", null),
            new Theme("ANG", "Angst og skolevægring", PPR, "IN_PERSON", "7", TEACHING, SCHOOLS, "OTHER", "INDSATSER", null),
            new Theme("TRIV", "Trivselsarbejde og forebyggelse af mobning", BUF, "IN_PERSON", "7", ALL_STAFF,
                    CHILD_SETTINGS, "RELATIONAL_COMPETENCE", "ORGANISATIONSKULTUR", null),
            new Theme("DIG", "Digital dannelse og sociale medier", BUF, "ONLINE", "6", TEACHING,
                    List.of("SCHOOL", "AFTER_SCHOOL", "YOUTH_CLUB"), "OTHER", "KOMPETENCER", null),
            new Theme("TEK", "Teknologiforståelse i undervisningen", ABSALON, "IN_PERSON", "14", List.of("TEACHER"),
                    List.of("SCHOOL"), "OTHER", "KOMPETENCER", null),
            new Theme("MAKE", "Makerspace og skabende læring", BUF, "IN_PERSON", "12", TEACHING,
                    List.of("SCHOOL", "AFTER_SCHOOL"), "OTHER", "FYSISKE_RAMMER", null),
            new Theme("NAT", "Natur, udeliv og science i dagtilbud", BUF, "IN_PERSON", "12", PEDAGOGICAL,
                    List.of("DAYCARE"), "OTHER", "FYSISKE_RAMMER", null),
            new Theme("MOT", "Motorik, krop og bevægelse", BUF, "IN_PERSON", "7", PEDAGOGICAL,
                    List.of("DAYCARE", "AFTER_SCHOOL"), "OTHER", "KOMPETENCER", null),
            new Theme("LEG", "Legens betydning for læring og udvikling", KP, "IN_PERSON", "7", PEDAGOGICAL,
                    List.of("DAYCARE", "AFTER_SCHOOL"), "OTHER", "KOMPETENCER", null),
            new Theme("LPL", "Den styrkede pædagogiske læreplan", BUF, "IN_PERSON", "14",
                    List.of("PEDAGOGUE", "PEDAGOGICAL_ASSISTANT", "LEADER"), List.of("DAYCARE"), "OTHER",
                    "KOMPETENCER", null),
            new Theme("BMV", "Børnemiljøvurdering og børneperspektiver", BUF, "IN_PERSON", "6",
                    List.of("PEDAGOGUE", "LEADER"), List.of("DAYCARE"), "OTHER", "DATA", null),
            new Theme("EVA", "Evalueringskultur og pædagogisk dokumentation", KP, "IN_PERSON", "12",
                    List.of("PEDAGOGUE", "TEACHER", "LEADER"), CHILD_SETTINGS, "PEDAGOGICAL_ANALYSIS", "DATA", null),
            new Theme("OVG", "Den gode overgang fra dagtilbud til skole", BUF, "IN_PERSON", "6",
                    List.of("PEDAGOGUE", "TEACHER"), List.of("DAYCARE", "SCHOOL", "AFTER_SCHOOL"), "OTHER",
                    "OVERGANGE", null),
            new Theme("UNG", "Ungdomskultur og unges trivsel", BUF, "IN_PERSON", "7",
                    List.of("PEDAGOGUE", "SSP_WORKER", "TEACHER", "UNTRAINED_ASSISTANT"),
                    List.of("YOUTH_CLUB", "SCHOOL"), "OTHER", "FRITID", null),
            new Theme("SEX", "Krop, køn, identitet og seksualitet", BUF, "IN_PERSON", "7", TEACHING,
                    List.of("SCHOOL", "YOUTH_CLUB"), "OTHER", "KOMPETENCER", null),
            new Theme("RUS", "Rusmidler og forebyggelse", BUF, "IN_PERSON", "6", List.of("SSP_WORKER", "PEDAGOGUE"),
                    List.of("YOUTH_CLUB", "SCHOOL"), "OTHER", "INDSATSER", null),
            new Theme("SSP", "Kriminalitetsforebyggelse i SSP-samarbejdet", BUF, "IN_PERSON", "7",
                    List.of("SSP_WORKER", "PEDAGOGUE", "SOCIAL_WORKER"), List.of("YOUTH_CLUB", "FAMILY_AND_HEALTH"),
                    "KIT", "SAMARBEJDSSTRUKTURER", null),
            new Theme("RAD", "Forebyggelse af radikalisering og ekstremisme", BUF, "ONLINE", "4",
                    List.of("SSP_WORKER", "TEACHER", "PEDAGOGUE"), List.of("YOUTH_CLUB", "SCHOOL"), "OTHER",
                    "INDSATSER", null),
            new Theme("FSAM", "Den svære forældresamtale", KP, "IN_PERSON", "7", List.of("PEDAGOGUE", "TEACHER", "LEADER"),
                    CHILD_SETTINGS, "PARENT_COLLABORATION", "FAMILIER", null),
            new Theme("FAMK", "Familieklasse og forældreinddragelse", PPR, "IN_PERSON", "12", TEACHING, SCHOOLS,
                    "PARENT_COLLABORATION", "FAMILIER", null),
            new Theme("NETM", "Netværksmøder og tværfagligt samarbejde", BUF, "IN_PERSON", "6",
                    List.of("PEDAGOGUE", "TEACHER", "PSYCHOLOGIST", "SOCIAL_WORKER", "HEALTH_VISITOR"),
                    ALL_MUNICIPAL, "KIT", "SAMARBEJDSSTRUKTURER", null),
            new Theme("BFU", "Børnefaglig undersøgelse efter barnets lov", BUF, "IN_PERSON", "14",
                    List.of("SOCIAL_WORKER"), List.of("FAMILY_AND_HEALTH"), "OTHER", "INDSATSER", null),
            new Theme("SUNP", "Samtaleteknik ved sundhedsplejens hjemmebesøg", BUF, "IN_PERSON", "7",
                    List.of("HEALTH_VISITOR"), List.of("FAMILY_AND_HEALTH"), "MARTE_MEO", "FAMILIER", null),
            new Theme("PSYK", "Psykologfaglig supervision", PPR, "SUPERVISION", "10", List.of("PSYCHOLOGIST"),
                    List.of("PPR", "FAMILY_AND_HEALTH"), "OTHER", "KOMPETENCER", 12),
            new Theme("LOGO", "Logopædisk screening og sprogstimulering", PPR, "IN_PERSON", "12",
                    List.of("SPEECH_THERAPIST"), List.of("PPR"), "HANEN", "KOMPETENCER", null),
            new Theme("KVEJ", "Kollegial vejledning og sparring", KP, "IN_PERSON", "12", TEACHING, CHILD_SETTINGS,
                    "SOLUTION_FOCUSED", "SAMARBEJDSSTRUKTURER", null),
            new Theme("PRAK", "Praktikvejlederuddannelsen", KP, "IN_PERSON", "30", List.of("PEDAGOGUE", "TEACHER"),
                    CHILD_SETTINGS, "OTHER", "KOMPETENCER", null),
            new Theme("DIPL", "Diplom i ledelse: pædagogisk ledelse", KP, "IN_PERSON", "60", List.of("LEADER"),
                    ALL_MUNICIPAL, "OTHER", "LEDELSE", null),
            new Theme("AMU", "Psykisk arbejdsmiljø for arbejdsmiljørepræsentanter", BUF, "IN_PERSON", "7",
                    List.of("TEACHER", "PEDAGOGUE", "LEADER", "RESOURCE_PERSON"), ALL_MUNICIPAL, "OTHER",
                    "ORGANISATIONSKULTUR", 12),
            new Theme("GDPR", "Databeskyttelse og tavshedspligt", BUF, "E_LEARNING", "1", ALL_STAFF, ALL_MUNICIPAL,
                    "OTHER", "DATA", 24),
            new Theme("BRND", "Brandværn og evakuering", FIRST_AID, "IN_PERSON", "3", ALL_STAFF, CHILD_SETTINGS, "OTHER",
                    "FYSISKE_RAMMER", 36),
            new Theme("HYG", "Hygiejne og smitteforebyggelse i dagtilbud", BUF, "E_LEARNING", "2", PEDAGOGICAL,
                    List.of("DAYCARE"), "OTHER", "FYSISKE_RAMMER", 24),
            new Theme("MAD", "Mad, måltider og madmod", BUF, "IN_PERSON", "6", PEDAGOGICAL,
                    List.of("DAYCARE", "AFTER_SCHOOL"), "OTHER", "KOMPETENCER", null),
            new Theme("RYT", "Musik og rytmik med de mindste", BUF, "IN_PERSON", "6", PEDAGOGICAL, List.of("DAYCARE"),
                    "OTHER", "KOMPETENCER", null),
            new Theme("KUL", "Kunst, kultur og æstetiske læreprocesser", BUF, "IN_PERSON", "7", TEACHING, CHILD_SETTINGS,
                    "OTHER", "FRITID", null),
            new Theme("LAESL", "Læselyst og skolebiblioteket", BUF, "IN_PERSON", "6", List.of("TEACHER", "PEDAGOGUE"),
                    List.of("SCHOOL"), "OTHER", "KOMPETENCER", null),
            new Theme("INK", "Inkluderende læringsmiljøer i praksis", KP, "IN_PERSON", "14", TEACHING, CHILD_SETTINGS,
                    "PEDAGOGICAL_ANALYSIS", "INDSATSER", null),
            new Theme("DIFF", "Differentieret undervisning og holddannelse", ABSALON, "IN_PERSON", "12",
                    List.of("TEACHER"), SCHOOLS, "CLASSROOM_MANAGEMENT", "KOMPETENCER", null),
            new Theme("FEED", "Feedback og formativ evaluering", ABSALON, "IN_PERSON", "7", List.of("TEACHER"), SCHOOLS,
                    "OTHER", "KOMPETENCER", null),
            new Theme("ELEV", "Elevinddragelse og elevråd", BUF, "ONLINE", "4", List.of("TEACHER", "PEDAGOGUE"),
                    List.of("SCHOOL"), "OTHER", "ORGANISATIONSKULTUR", null),
            new Theme("KONF", "Konflikthåndtering og mægling", BUF, "IN_PERSON", "7", ALL_STAFF, CHILD_SETTINGS,
                    "SOLUTION_FOCUSED", "KOMPETENCER", null),
            new Theme("ROB", "Robusthed og mestring hos børn", KP, "IN_PERSON", "7", TEACHING, CHILD_SETTINGS,
                    "NEUROAFFECTIVE", "KOMPETENCER", null),
            new Theme("SORG", "Sorg og krise hos børn og unge", PPR, "IN_PERSON", "6", TEACHING, CHILD_SETTINGS, "OTHER",
                    "INDSATSER", null),
            new Theme("OVGR", "Vold og seksuelle overgreb mod børn: tegn og handling", BUF, "IN_PERSON", "6", ALL_STAFF,
                    ALL_MUNICIPAL, "OTHER", "INDSATSER", 36),
            new Theme("NEUP", "Neuropædagogik i specialtilbud", PPR, "IN_PERSON", "21", TEACHING,
                    List.of("SPECIAL_PROVISION"), "NEUROAFFECTIVE", "INDSATSER", null),
            new Theme("UDSK", "Udeskole i alle fag", ABSALON, "IN_PERSON", "12", List.of("TEACHER"), List.of("SCHOOL"),
                    "OTHER", "FYSISKE_RAMMER", null),
            new Theme("FRIP", "Fritidspædagogik i fritidshjem og klub", BUF, "IN_PERSON", "12", PEDAGOGICAL,
                    List.of("AFTER_SCHOOL", "YOUTH_CLUB"), "RELATIONAL_COMPETENCE", "FRITID", null),
            new Theme("GADE", "Opsøgende gadeplansarbejde", BUF, "IN_PERSON", "7", List.of("SSP_WORKER"),
                    List.of("YOUTH_CLUB"), "OTHER", "FRITID", null),
            new Theme("VIKV", "Vikarens værktøjskasse", BUF, "E_LEARNING", "2", List.of("SUBSTITUTE"), SCHOOLS,
                    "CLASSROOM_MANAGEMENT", "KOMPETENCER", null),
            new Theme("ASSI", "Pædagogisk assistent: praksis og refleksion", BUF, "IN_PERSON", "14",
                    List.of("PEDAGOGICAL_ASSISTANT", "UNTRAINED_ASSISTANT"), CHILD_SETTINGS, "OTHER", "KOMPETENCER",
                    null),
            new Theme("TRAE", "Trænergrunduddannelse: børnetræning", BUF, "IN_PERSON", "6", List.of("VOLUNTEER"),
                    List.of("ASSOCIATION"), "RELATIONAL_COMPETENCE", "FRITID", null),
            new Theme("AFRI", "Børn med særlige behov i foreningslivet", BUF, "IN_PERSON", "4",
                    List.of("VOLUNTEER", "PEDAGOGUE"), LEISURE, "OTHER", "FRITID", null),
            new Theme("LEKT", "Lektiecafé og frivillig læsestøtte", BUF, "IN_PERSON", "3", List.of("VOLUNTEER"),
                    List.of("ASSOCIATION"), "OTHER", "FRITID", null),
            new Theme("AAS", "Den åbne skole: samarbejde med foreninger", BUF, "IN_PERSON", "4",
                    List.of("VOLUNTEER", "TEACHER"), List.of("ASSOCIATION", "SCHOOL"), "OTHER", "FRITID", null));

    /** The variants of a theme, in the order they are added. */
    private static final int BASIC = 0;
    private static final int IN_DEPTH = 1;
    private static final int LEADERS = 2;
    private static final int NETWORK = 3;
    private static final int E_LEARNING = 4;
    private static final int E_LEARNING_CAPACITY = 300;

    private ScaleCatalogue() {
    }

    /** How many of the themes carry the city's targets: their basic courses are always there. */
    static int targetThemes() {
        return ScaleTargets.MODULE_CODES.size();
    }

    static List<Module> write(Connection connection, Scale scale, Map<String, Long> trackIds) throws SQLException {
        List<Module> modules = new ArrayList<>(DemoCatalogue.write(connection, trackIds));
        Map<String, Long> providers = providerIds(connection);
        Map<String, Long> moduleIds = new HashMap<>();
        int extra = Math.max(targetThemes(), scale.modules() - modules.size());
        for (int i = 0; i < extra; i++) {
            ModuleSpec spec = variant(THEMES.get(i % THEMES.size()), i / THEMES.size());
            long id = DemoCatalogue.module(connection, spec, providers.get(spec.provider().name()), trackIds);
            for (String required : spec.prerequisites()) {
                insert(connection, "INSERT INTO course_module_prerequisite (module_id, required_module_id) VALUES (?, ?)",
                        id, moduleIds.get(required));
            }
            moduleIds.put(spec.code(), id);
            modules.add(new Module(id, spec));
        }
        return modules;
    }

    private static Map<String, Long> providerIds(Connection connection) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        for (Provider provider : List.of(BUF, ABSALON, FIRST_AID)) {
            insert(connection, "INSERT INTO provider (name, kind) VALUES (?, ?)", provider.name(), provider.kind());
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT name, id FROM provider");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getLong(2));
            }
        }
        return ids;
    }

    /**
     * One variant of a theme. The weight given to {@code sessions} is how often it runs compared
     * with the others (the basic course most); retired editions ran until a year ago.
     */
    private static ModuleSpec variant(Theme theme, int variant) {
        String code = "%s-%02d".formatted(theme.prefix(), variant + 1);
        String subject = theme.title().toLowerCase(Locale.forLanguageTag("da"));
        ModuleSpec spec = switch (variant) {
            case BASIC -> new ModuleSpec(code, theme.title(), theme.provider(), theme.format(), theme.hours())
                    .about("Forløb om " + subject + " med oplæg, øvelser og afprøvning i egen praksis mellem gangene.")
                    .roles(theme.roles()).sessions(6, 0);
            case IN_DEPTH -> new ModuleSpec(code, theme.title() + " – fordybelse", theme.provider(), "IN_PERSON",
                    hours(theme, 2)).about("Fordybelse for dem, der har taget grundforløbet om " + subject
                            + ": egne cases, sparring og en opgave i egen institution.")
                    .roles(theme.roles()).requires(theme.prefix() + "-01").sessions(2, 0);
            case LEADERS -> new ModuleSpec(code, theme.title() + " for ledere", theme.provider(), "IN_PERSON", "6")
                    .about("Hvordan lederen sætter retning og rammer for arbejdet med " + subject + ".")
                    .roles("LEADER").capacity(16).sessions(1, 0);
            case NETWORK -> new ModuleSpec(code, theme.title() + " – netværksforløb", theme.provider(), "SUPERVISION",
                    "8").about("Netværk på tværs af institutionerne om " + subject + ", fire gange to timer.")
                    .roles(theme.roles()).sessions(2, 0);
            case E_LEARNING -> new ModuleSpec(code, theme.title() + " – e-læring", theme.provider(), "E_LEARNING", "2")
                    .about("Kort e-læring om " + subject + ", som kan tages når som helst.")
                    .roles(theme.roles()).capacity(E_LEARNING_CAPACITY).sessions(3, 0);
            default -> new ModuleSpec(code, theme.title() + " (%d-udgaven)".formatted(2024 - variant),
                    theme.provider(), theme.format(), theme.hours())
                    .about("Tidligere udgave af forløbet om " + subject + ".").roles(theme.roles())
                    .status("RETIRED").sessions(3, 0);
        };
        spec.types(theme.types()).approaches(theme.approach()).tracks(theme.track());
        if (theme.renewal() != null && variant != IN_DEPTH && variant != LEADERS) {
            spec.renewal(theme.renewal());
        }
        if (variant == BASIC && theme.format().equals("E_LEARNING")) {
            spec.capacity(E_LEARNING_CAPACITY);
        }
        return spec;
    }

    private static String hours(Theme theme, int factor) {
        return new BigDecimal(theme.hours()).multiply(BigDecimal.valueOf(factor)).min(BigDecimal.valueOf(120))
                .setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
