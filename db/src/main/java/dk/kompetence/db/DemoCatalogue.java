package dk.kompetence.db;

import static dk.kompetence.db.DemoJdbc.insert;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Providers, the course modules named in the strategies, and the Hillerød-uddannelsen programme. */
final class DemoCatalogue {

    record Provider(String name, String kind, List<String> educators, List<String> venues) {
    }

    record Module(long id, ModuleSpec spec) {
    }

    private static final Provider CDS = new Provider("Hillerød Kommune, Center for Dagtilbud og Skole", "INTERNAL",
            List.of("Hanne Vestergaard, pædagogisk konsulent", "Jesper Bak, pædagogisk konsulent",
                    "Lene Ågård, udviklingskonsulent"),
            List.of("Rådhuset, mødelokale 2", "Rådhuset, Byrådssalen", "Kulturhuset, sal 1"));
    private static final Provider RESOURCE_TEAM = new Provider("Det kommunale ressourceteam", "INTERNAL",
            List.of("Signe Lund, ressourceteamet", "Troels Mikkelsen, ressourceteamet"),
            List.of("Grønnevang Skole, personalerummet", "Ådalens Skole, mødelokale 1", "Østervangskolen, biblioteket"));
    static final Provider PPR = new Provider("PPR Hillerød", "PPR",
            List.of("Louise Brandt, psykolog, PPR", "Karen Østergaard, logopæd, PPR", "Søren Kjær, psykolog, PPR"),
            List.of("PPR, kursuslokalet", "Sundhedshuset, mødelokale 3"));
    private static final Provider FAMILY_AND_HEALTH = new Provider("Familier og Sundhed", "INTERNAL",
            List.of("Tina Bøgh, sundhedsplejerske", "Morten Dahl, familierådgiver"),
            List.of("Sundhedshuset, mødelokale 3", "Rådhuset, mødelokale 2"));
    static final Provider KP = new Provider("Københavns Professionshøjskole", "UNIVERSITY_COLLEGE",
            List.of("Mette Holm, KP", "Anders Lykke, KP", "Birgitte Søgaard, KP", "Jørgen Brøndum, KP"),
            List.of("Københavns Professionshøjskole, Campus Nordsjælland", "Rådhuset, Byrådssalen"));
    private static final Provider LIFE = new Provider("LIFE-Fonden", "FOUNDATION",
            List.of("Rasmus Friis, LIFE-Fonden", "Nanna Bæk, LIFE-Fonden"),
            List.of("LIFE Lab Nordsjælland", "Nordstjerneskolen, naturfagslokalet"));
    private static final Provider CONSULTANTS = new Provider("Eksterne konsulenter", "OTHER",
            List.of("Åse Kjærgaard, certificeret Marte Meo-supervisor", "Niels Ørum, konsulent"),
            List.of("Ude i egen institution"));

    private static final List<Provider> PROVIDERS = List.of(CDS, RESOURCE_TEAM, PPR, FAMILY_AND_HEALTH, KP, LIFE,
            CONSULTANTS);

    static final List<String> ALL_STAFF = List.of("TEACHER", "PEDAGOGUE", "PEDAGOGICAL_ASSISTANT",
            "UNTRAINED_ASSISTANT", "SUBSTITUTE", "LEADER", "RESOURCE_PERSON", "PSYCHOLOGIST", "SPEECH_THERAPIST",
            "HEALTH_VISITOR", "SOCIAL_WORKER", "SSP_WORKER");
    static final List<String> ALL_MUNICIPAL = List.of("DAYCARE", "SCHOOL", "AFTER_SCHOOL", "YOUTH_CLUB",
            "SPECIAL_PROVISION", "PPR", "FAMILY_AND_HEALTH", "ADMINISTRATION");
    static final List<String> CHILD_SETTINGS = List.of("DAYCARE", "SCHOOL", "AFTER_SCHOOL", "YOUTH_CLUB",
            "SPECIAL_PROVISION");

    private static final List<ModuleSpec> MODULES = List.of(
            new ModuleSpec("HU-01", "Hillerød-uddannelsen: Stærke Fællesskaber", CDS, "IN_PERSON", "7.5")
                    .about("Introduktion til strategien Stærke Fællesskaber og det fælles børne- og ungesyn. "
                            + "Modulet giver et fælles sprog og ståsted på tværs af dagtilbud, skole, fritid og støttesystem.")
                    .approaches("HILLEROED_PROGRAMME").roles(ALL_STAFF).types(ALL_MUNICIPAL)
                    .tracks("ORGANISATIONSKULTUR", "KOMPETENCER").mandatoryWithin(6).sessions(6, 15),
            new ModuleSpec("HU-02", "Hillerød-uddannelsen: Relationer og relationskompetence", CDS, "IN_PERSON", "7.5")
                    .about("Om den voksnes ansvar for relationen og om at se adfærd som udtryk for et behov. "
                            + "Med øvelser i at tage barnets og den unges perspektiv i hverdagens situationer.")
                    .approaches("HILLEROED_PROGRAMME", "RELATIONAL_COMPETENCE").roles(ALL_STAFF).types(CHILD_SETTINGS)
                    .tracks("KOMPETENCER", "ORGANISATIONSKULTUR").mandatoryWithin(12).sessions(4, 12),
            new ModuleSpec("HU-03", "Hillerød-uddannelsen: Forældresamarbejde", CDS, "IN_PERSON", "7")
                    .about("Familierne er helt centrale samarbejdspartnere. Modulet handler om den tætte, anerkendende "
                            + "og støttende dialog med forældre – også når barnet ikke trives.")
                    .approaches("HILLEROED_PROGRAMME", "PARENT_COLLABORATION").roles(ALL_STAFF)
                    .types("DAYCARE", "SCHOOL", "AFTER_SCHOOL", "YOUTH_CLUB", "SPECIAL_PROVISION", "FAMILY_AND_HEALTH")
                    .tracks("FAMILIER").sessions(3, 12),
            new ModuleSpec("HU-04", "Hillerød-uddannelsen: Overgange", CDS, "IN_PERSON", "6")
                    .about("Trygge overgange fra vuggestue til børnehave, fra børnehave til tidlig-HFO og skolestart "
                            + "og videre mod ungdomsuddannelse. Om overlevering og fælles forventninger.")
                    .approaches("HILLEROED_PROGRAMME").roles("PEDAGOGUE", "TEACHER", "PEDAGOGICAL_ASSISTANT", "LEADER")
                    .types("DAYCARE", "SCHOOL", "AFTER_SCHOOL", "YOUTH_CLUB").tracks("OVERGANGE").sessions(3, 12),
            new ModuleSpec("HU-05", "Hillerød-uddannelsen: Børn i udsatte positioner", CDS, "IN_PERSON", "7")
                    .about("Hvordan kan fællesskabet rumme børn og unge i udsatte positioner? Om tidlig opsporing, "
                            + "foregribende indsatser og samarbejdet med PPR og Familier og Sundhed.")
                    .approaches("HILLEROED_PROGRAMME").roles(ALL_STAFF).types(CHILD_SETTINGS).tracks("INDSATSER")
                    .requires("HU-01").sessions(3, 12),
            new ModuleSpec("NEST-01", "NEST: Det fælles pædagogiske grundlag", KP, "IN_PERSON", "21")
                    .about("NEST-pædagogikkens grundprincipper: struktur, forudsigelighed og et fælles sprog i klassen. "
                            + "Erfaringerne fra de NEST-inspirerede V-klasser bringes ind i almenundervisningen.")
                    .approaches("NEST").roles("TEACHER", "PEDAGOGUE", "RESOURCE_PERSON", "LEADER")
                    .types("SCHOOL", "SPECIAL_PROVISION", "AFTER_SCHOOL").tracks("INDSATSER", "KOMPETENCER")
                    .needsApproval().sessions(3, 24),
            new ModuleSpec("NEST-02", "NEST i almenundervisningen: fra V-klasse til almenklasse", KP, "IN_PERSON", "14")
                    .about("Fordybelse for lærere og pædagoger, der vil omsætte NEST-principperne i en almenklasse.")
                    .approaches("NEST", "CLASSROOM_MANAGEMENT").roles("TEACHER", "PEDAGOGUE").types("SCHOOL")
                    .tracks("INDSATSER").requires("NEST-01").status("SUBMITTED"),
            new ModuleSpec("CT-01", "Co-teaching i praksis", RESOURCE_TEAM, "SUPERVISION", "10")
                    .about("To voksne i klassen med fælles forberedelse, gennemførelse og evaluering. Oplæg kombineres "
                            + "med sparring fra ressourceteamet i jeres egen klasse, og I deltager i par.")
                    .approaches("CO_TEACHING").roles("TEACHER", "PEDAGOGUE", "SPEECH_THERAPIST", "RESOURCE_PERSON")
                    .types("SCHOOL", "SPECIAL_PROVISION", "PPR").tracks("KOMPETENCER").sessions(4, 24),
            new ModuleSpec("NA-01", "Den neuroaffektive tilgang i dagtilbud", KP, "IN_PERSON", "14")
                    .about("Viden om børns følelsesmæssige udvikling og om at afstemme sig med barnet i samspillet. "
                            + "Tilgangen udbredes i alle kommunens dagtilbud.")
                    .approaches("NEUROAFFECTIVE")
                    .roles("PEDAGOGUE", "PEDAGOGICAL_ASSISTANT", "UNTRAINED_ASSISTANT", "LEADER", "RESOURCE_PERSON")
                    .types("DAYCARE").tracks("KOMPETENCER").sessions(4, 24),
            new ModuleSpec("NA-02", "Neuroaffektiv tilgang i børnehaveklassen", KP, "IN_PERSON", "7")
                    .about("Kendskabet til den neuroaffektive tilgang udbredes til børnehaveklasserne.")
                    .approaches("NEUROAFFECTIVE").roles("TEACHER", "PEDAGOGUE").types("SCHOOL")
                    .tracks("OVERGANGE", "KOMPETENCER").status("DRAFT"),
            new ModuleSpec("LOEFT-01", "Løsningsfokuseret tilgang (LØFT)", KP, "IN_PERSON", "14")
                    .about("Et fælles sprog og en ressourceorienteret referenceramme for ledere og medarbejdere på tværs "
                            + "af alle fagområder, med de løsningsfokuserede spørgsmål som redskab i samarbejdet.")
                    .approaches("SOLUTION_FOCUSED").roles(ALL_STAFF).types(ALL_MUNICIPAL)
                    .tracks("ORGANISATIONSKULTUR", "KOMPETENCER").renewal(36).sessions(6, 30),
            new ModuleSpec("LOEFT-02", "LØFT for ledere: ressourceorienteret ledelse", KP, "IN_PERSON", "7")
                    .about("For ledere, der har gennemført LØFT: løsningsfokuserede samtaler med medarbejdere, "
                            + "forældre og samarbejdspartnere.")
                    .approaches("SOLUTION_FOCUSED").roles("LEADER").types(ALL_MUNICIPAL).tracks("LEDELSE")
                    .requires("LOEFT-01").capacity(12).sessions(1, 24),
            new ModuleSpec("PA-01", "Pædagogisk analyse som samarbejdsmodel i teamet", RESOURCE_TEAM, "IN_PERSON", "12")
                    .about("Teamet lærer at analysere en udfordring i læringsmiljøet systematisk og at justere egen praksis "
                            + "frem for at lede efter fejl hos barnet.")
                    .approaches("PEDAGOGICAL_ANALYSIS")
                    .roles("TEACHER", "PEDAGOGUE", "PEDAGOGICAL_ASSISTANT", "RESOURCE_PERSON", "LEADER")
                    .types("DAYCARE", "SCHOOL", "AFTER_SCHOOL").tracks("SAMARBEJDSSTRUKTURER", "KOMPETENCER")
                    .sessions(4, 24),
            new ModuleSpec("SYKL-01", "Systematisk klassekammerathjælp (SYKL)", RESOURCE_TEAM, "IN_PERSON", "9")
                    .about("For hovedlærere og vejledere på mellemtrinnet. Eleverne træner og hjælper hinanden systematisk, "
                            + "hvilket har dokumenteret effekt på inkluderende læringsmiljøer.")
                    .approaches("SYKL").roles("TEACHER", "RESOURCE_PERSON").types("SCHOOL").tracks("KOMPETENCER")
                    .sessions(2, 24),
            new ModuleSpec("IV-01", "Inklusionsvejlederuddannelsen", KP, "IN_PERSON", "60")
                    .about("Uddannelse af inklusionsvejledere, der vejleder kolleger i at udvikle inkluderende "
                            + "læringsmiljøer med fokus på voksen-voksen-relationen. Vejlederne indgår bagefter i et netværk for sparring.")
                    .approaches("INCLUSION_COUNSELLOR", "SOLUTION_FOCUSED").roles("TEACHER", "PEDAGOGUE", "RESOURCE_PERSON")
                    .types("DAYCARE", "SCHOOL", "SPECIAL_PROVISION").tracks("KOMPETENCER", "INDSATSER")
                    .ects("10").needsApproval().requires("LOEFT-01").sessions(1, 24),
            new ModuleSpec("RP-01", "Ressourcepersonuddannelsen", KP, "IN_PERSON", "30")
                    .about("For medarbejdere i specialtilbud, der som ressourcepersoner bringer specialviden ud i "
                            + "almenskolen og dagtilbuddene. Om rådgivning, vejledning og sparring i praksis.")
                    .approaches("OTHER").roles("RESOURCE_PERSON", "TEACHER", "PEDAGOGUE")
                    .types("SPECIAL_PROVISION", "SCHOOL").tracks("KOMPETENCER", "INDSATSER")
                    .ects("5").needsApproval().sessions(1, 24),
            new ModuleSpec("MM-01", "Marte Meo: udviklingsstøttende samspil", CONSULTANTS, "SUPERVISION", "18")
                    .about("Videobaseret metode til at styrke samspillet mellem voksen og barn. Deltagerne filmer egne "
                            + "samspilssituationer og får supervision af en certificeret Marte Meo-supervisor.")
                    .approaches("MARTE_MEO").roles("PEDAGOGUE", "PEDAGOGICAL_ASSISTANT", "HEALTH_VISITOR")
                    .types("DAYCARE", "FAMILY_AND_HEALTH").tracks("KOMPETENCER").needsApproval().sessions(2, 24),
            new ModuleSpec("HAN-01", "Hanen-forløb for pædagoger: sprog i hverdagens samspil", PPR, "IN_PERSON", "20")
                    .about("Logopæderne fra PPR giver et dybdegående kendskab til børns sproglige udvikling og "
                            + "vanskeligheder. Forløbet bygger på videofeedback fra egen praksis.")
                    .approaches("HANEN").roles("PEDAGOGUE", "PEDAGOGICAL_ASSISTANT", "UNTRAINED_ASSISTANT")
                    .types("DAYCARE").tracks("KOMPETENCER", "INDSATSER").sessions(2, 24),
            new ModuleSpec("KIT-01", "KIT – Koordineret Indsats på Tværs", FAMILY_AND_HEALTH, "IN_PERSON", "6")
                    .about("KIT-modellen samler barnet, familien og de fagprofessionelle om én fælles plan. "
                            + "Om roller, mødestruktur og opfølgning i det tværfaglige samarbejde.")
                    .approaches("KIT").roles("LEADER", "PEDAGOGUE", "TEACHER", "PSYCHOLOGIST", "SPEECH_THERAPIST",
                            "HEALTH_VISITOR", "SOCIAL_WORKER", "SSP_WORKER", "RESOURCE_PERSON")
                    .types("DAYCARE", "SCHOOL", "SPECIAL_PROVISION", "YOUTH_CLUB", "PPR", "FAMILY_AND_HEALTH")
                    .tracks("SAMARBEJDSSTRUKTURER", "FAMILIER").sessions(3, 24),
            new ModuleSpec("FP-01", "Fair Proces: inddragelse af medarbejdere i lokale processer", CDS, "IN_PERSON", "6")
                    .about("For ledere: hvordan medarbejderne inddrages, så processen opleves som retfærdig – også når "
                            + "beslutningen er svær. Med skoleplanen som eksempel.")
                    .approaches("FAIR_PROCESS").roles("LEADER").types(ALL_MUNICIPAL)
                    .tracks("LEDELSE", "ORGANISATIONSKULTUR").capacity(12).sessions(1, 24),
            new ModuleSpec("RK-01", "Relationskompetence og anerkendende kommunikation", KP, "IN_PERSON", "12")
                    .about("Om relationstænkning, tillid i kommunikationen og positioneringsteori. Deltagerne arbejder "
                            + "med egne cases om relationen til både børn og forældre.")
                    .approaches("RELATIONAL_COMPETENCE").roles("PEDAGOGUE", "TEACHER", "PEDAGOGICAL_ASSISTANT",
                            "UNTRAINED_ASSISTANT", "SSP_WORKER")
                    .types(CHILD_SETTINGS).tracks("KOMPETENCER").sessions(3, 24),
            new ModuleSpec("KRL-01", "Klasserumsledelse: positionering og rammesætning", KP, "IN_PERSON", "12")
                    .about("Hvordan leder man processer med en hel klasse, så alle elever kan deltage? Om tydelige rammer, "
                            + "overgange i undervisningen og at positionere eleverne i fællesskabet.")
                    .approaches("CLASSROOM_MANAGEMENT").roles("TEACHER", "PEDAGOGUE", "SUBSTITUTE")
                    .types("SCHOOL", "SPECIAL_PROVISION").tracks("KOMPETENCER").sessions(3, 24),
            new ModuleSpec("LIFE-01", "Praksisfaglig og undersøgende naturfagsundervisning", LIFE, "IN_PERSON", "15")
                    .about("I partnerskab med LIFE-Fonden: undersøgende forløb i naturfagene, der giver flere elever "
                            + "mulighed for at deltage og lykkes.")
                    .approaches("OTHER").roles("TEACHER").types("SCHOOL").tracks("INDSATSER", "FYSISKE_RAMMER")
                    .sessions(2, 12),
            new ModuleSpec("FRI-01", "Stærke fællesskaber i fritiden – for trænere, ledere og frivillige", CDS,
                    "IN_PERSON", "4")
                    .about("Aftenkursus for frivillige i foreningslivet og medarbejdere i klubber og HFO om at tage godt "
                            + "imod sårbare børn og unge og bygge bro fra skole og HFO til foreningslivet.")
                    .approaches("RELATIONAL_COMPETENCE").roles("VOLUNTEER", "PEDAGOGUE", "SSP_WORKER", "UNTRAINED_ASSISTANT")
                    .types("ASSOCIATION", "YOUTH_CLUB", "AFTER_SCHOOL").tracks("FRITID").sessions(3, 24),
            new ModuleSpec("VIK-01", "Introduktion for vikarer og medarbejdere uden pædagogisk uddannelse", CDS,
                    "E_LEARNING", "3")
                    .about("E-læring om det fælles børne- og ungesyn, tavshedspligt og underretning og de vigtigste "
                            + "tilgange i Stærke Fællesskaber.")
                    .approaches("OTHER").roles("SUBSTITUTE", "UNTRAINED_ASSISTANT", "PEDAGOGICAL_ASSISTANT")
                    .types(CHILD_SETTINGS).tracks("KOMPETENCER").mandatoryWithin(3).renewal(24).sessions(3, 24),
            new ModuleSpec("FRA-01", "Temadag om bekymrende skolefravær", PPR, "IN_PERSON", "6")
                    .about("Hvad gør vi, når en elev begynder at blive væk? Om tidlige tegn, samarbejdet med familien og "
                            + "de næste skridt sammen med PPR og Familierådgivningen.")
                    .approaches("OTHER").roles("TEACHER", "PEDAGOGUE", "LEADER", "PSYCHOLOGIST", "SOCIAL_WORKER",
                            "SSP_WORKER")
                    .types("SCHOOL", "SPECIAL_PROVISION", "YOUTH_CLUB", "PPR", "FAMILY_AND_HEALTH")
                    .tracks("INDSATSER", "FAMILIER").sessions(1, 24),
            new ModuleSpec("SUP-01", "Ledelsesstyret supervision i dagtilbud", PPR, "SUPERVISION", "8")
                    .about("Supervision af personalegruppen ved PPR's psykologer, tilrettelagt af lederen ud fra konkrete "
                            + "udfordringer i børnegruppen. Fire gange to timer.")
                    .approaches("PEDAGOGICAL_ANALYSIS").roles("PEDAGOGUE", "PEDAGOGICAL_ASSISTANT", "LEADER")
                    .types("DAYCARE").tracks("KOMPETENCER", "LEDELSE").renewal(12).sessions(3, 24),
            new ModuleSpec("DATA-01", "Få, udvalgte og præcise data: ledelsesinformation i praksis", CDS, "ONLINE", "3")
                    .about("Onlineforløb for ledere om at bruge få og præcise tal – fx dækningen af kompetenceudvikling – "
                            + "i kvalitetsrapporten og i dialogen med forvaltningen.")
                    .approaches("OTHER").roles("LEADER").types(ALL_MUNICIPAL).tracks("DATA", "OEKONOMI").capacity(20)
                    .sessions(2, 12),
            new ModuleSpec("POS-01", "Positioneringsteori og sprogets skabende kraft", KP, "IN_PERSON", "7")
                    .about("Spotkursus om, hvordan sproget skaber positioner for børn og unge i fællesskabet.")
                    .approaches("RELATIONAL_COMPETENCE").roles("TEACHER", "PEDAGOGUE").types(CHILD_SETTINGS)
                    .tracks("KOMPETENCER").status("DRAFT"),
            new ModuleSpec("HU-2018", "Hillerød-uddannelsen for nyansatte (samlet forløb, 2018-udgaven)", CDS,
                    "IN_PERSON", "22.5")
                    .about("Det tidligere samlede introduktionsforløb for nyansatte. Erstattet af de selvstændige "
                            + "moduler i Hillerød-uddannelsen.")
                    .approaches("HILLEROED_PROGRAMME").roles(ALL_STAFF).types(ALL_MUNICIPAL)
                    .tracks("ORGANISATIONSKULTUR").status("RETIRED").sessions(3, 24));

    static final List<String> PROGRAMME_MODULES = List.of("HU-01", "HU-02", "HU-03", "HU-04", "HU-05");

    private DemoCatalogue() {
    }

    static List<Module> write(Connection connection, Map<String, Long> trackIds) throws SQLException {
        Map<Provider, Long> providerIds = new LinkedHashMap<>();
        for (Provider provider : PROVIDERS) {
            providerIds.put(provider, insert(connection, "INSERT INTO provider (name, kind) VALUES (?, ?)",
                    provider.name(), provider.kind()));
        }
        Map<String, Long> moduleIds = new LinkedHashMap<>();
        List<Module> modules = new ArrayList<>();
        for (ModuleSpec spec : MODULES) {
            long id = module(connection, spec, providerIds.get(spec.provider()), trackIds);
            moduleIds.put(spec.code(), id);
            modules.add(new Module(id, spec));
        }
        for (ModuleSpec spec : MODULES) {
            for (String required : spec.prerequisites()) {
                insert(connection, "INSERT INTO course_module_prerequisite (module_id, required_module_id) VALUES (?, ?)",
                        moduleIds.get(spec.code()), moduleIds.get(required));
            }
        }
        programme(connection, moduleIds);
        return modules;
    }

    static long module(Connection connection, ModuleSpec spec, long providerId, Map<String, Long> trackIds)
            throws SQLException {
        long id = insert(connection, "INSERT INTO course_module (code, title, description, provider_id, format, hours, "
                        + "ects, renewal_months, approval_required, status, mandatory_within_months) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                spec.code(), spec.title(), spec.description(), providerId, spec.format(), spec.hours(), spec.ects(),
                spec.renewalMonths(), spec.approvalRequired(), spec.status(), spec.mandatoryWithinMonths());
        for (String approach : spec.approaches()) {
            insert(connection, "INSERT INTO course_module_approach (module_id, approach) VALUES (?, ?)", id, approach);
        }
        for (String role : spec.roles()) {
            insert(connection, "INSERT INTO course_module_role (module_id, job_role) VALUES (?, ?)", id, role);
        }
        for (String type : spec.institutionTypes()) {
            insert(connection, "INSERT INTO course_module_institution_type (module_id, institution_type) VALUES (?, ?)",
                    id, type);
        }
        for (String track : spec.tracks()) {
            insert(connection, "INSERT INTO course_module_track (module_id, track_id) VALUES (?, ?)",
                    id, trackIds.get(track));
        }
        return id;
    }

    private static void programme(Connection connection, Map<String, Long> moduleIds) throws SQLException {
        long programme = insert(connection, "INSERT INTO programme (code, title, description) VALUES (?, ?, ?)",
                "HU", "Hillerød-uddannelsen",
                "Fælles grundlag for alle medarbejdere på børne- og ungeområdet, bygget op af selvstændige moduler. "
                        + "Et løbende tilbud til alle – ikke kun nyansatte.");
        for (String code : PROGRAMME_MODULES) {
            insert(connection, "INSERT INTO programme_module (programme_id, module_id) VALUES (?, ?)",
                    programme, moduleIds.get(code));
        }
    }

    /** One catalogue module as data, written fluently so the list above reads like a catalogue. */
    static final class ModuleSpec {
        private final String code;
        private final String title;
        private final Provider provider;
        private final String format;
        private final BigDecimal hours;
        private String description;
        private BigDecimal ects;
        private Integer renewalMonths;
        private boolean approvalRequired;
        private Integer mandatoryWithinMonths;
        private String status = "PUBLISHED";
        private List<String> approaches = List.of();
        private List<String> roles = List.of();
        private List<String> institutionTypes = List.of();
        private List<String> tracks = List.of();
        private List<String> prerequisites = List.of();
        private Integer capacity;
        private int sessionsPerYear;
        private int historyMonths;

        ModuleSpec(String code, String title, Provider provider, String format, String hours) {
            this.code = code;
            this.title = title;
            this.provider = provider;
            this.format = format;
            this.hours = new BigDecimal(hours);
        }

        ModuleSpec about(String text) {
            description = text;
            return this;
        }

        ModuleSpec approaches(String... values) {
            approaches = List.of(values);
            return this;
        }

        ModuleSpec roles(String... values) {
            return roles(List.of(values));
        }

        ModuleSpec roles(List<String> values) {
            roles = values;
            return this;
        }

        ModuleSpec types(String... values) {
            return types(List.of(values));
        }

        ModuleSpec types(List<String> values) {
            institutionTypes = values;
            return this;
        }

        ModuleSpec tracks(String... values) {
            tracks = List.of(values);
            return this;
        }

        ModuleSpec requires(String... codes) {
            prerequisites = List.of(codes);
            return this;
        }

        ModuleSpec ects(String value) {
            ects = new BigDecimal(value);
            return this;
        }

        ModuleSpec renewal(int months) {
            renewalMonths = months;
            return this;
        }

        ModuleSpec needsApproval() {
            approvalRequired = true;
            return this;
        }

        ModuleSpec mandatoryWithin(int months) {
            mandatoryWithinMonths = months;
            return this;
        }

        ModuleSpec status(String value) {
            status = value;
            return this;
        }

        ModuleSpec capacity(int seats) {
            capacity = seats;
            return this;
        }

        /** Runs per year, and how many months back the history of runs goes. */
        ModuleSpec sessions(int perYear, int monthsOfHistory) {
            sessionsPerYear = perYear;
            historyMonths = monthsOfHistory;
            return this;
        }

        String code() {
            return code;
        }

        String title() {
            return title;
        }

        Provider provider() {
            return provider;
        }

        String format() {
            return format;
        }

        BigDecimal hours() {
            return hours;
        }

        String description() {
            return description;
        }

        BigDecimal ects() {
            return ects;
        }

        Integer renewalMonths() {
            return renewalMonths;
        }

        boolean approvalRequired() {
            return approvalRequired;
        }

        Integer mandatoryWithinMonths() {
            return mandatoryWithinMonths;
        }

        String status() {
            return status;
        }

        List<String> approaches() {
            return approaches;
        }

        List<String> roles() {
            return roles;
        }

        List<String> institutionTypes() {
            return institutionTypes;
        }

        List<String> tracks() {
            return tracks;
        }

        List<String> prerequisites() {
            return prerequisites;
        }

        Integer capacity() {
            return capacity;
        }

        int sessionsPerYear() {
            return sessionsPerYear;
        }

        int historyMonths() {
            return historyMonths;
        }
    }
}
