package dk.kompetence.db;

import static dk.kompetence.db.DemoJdbc.insert;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The demo municipality, its areas, institutions (fictional names) and strategy tracks. */
final class DemoOrganisation {

    record Institution(long id, String name, String type, DemoStaffing staffing, int headcount,
                       boolean approvalRequired) {
    }

    record Organisation(long municipalityId, List<Institution> institutions, Map<String, Long> trackIds) {
    }

    private record InstitutionSpec(String area, String name, String type, DemoStaffing staffing, int headcount) {
    }

    private record Track(String code, String name) {
    }

    private static final String NORTH = "Distrikt Nord";
    private static final String SOUTH = "Distrikt Syd";
    private static final String EAST = "Distrikt Øst";
    private static final String COMMON = "Fællesfunktioner, Fritid og Familie";

    private static final List<InstitutionSpec> INSTITUTIONS = List.of(
            new InstitutionSpec(NORTH, "Grønnevang Skole", "SCHOOL", DemoStaffing.SCHOOL, 52),
            new InstitutionSpec(NORTH, "HFO Grønnevang", "AFTER_SCHOOL", DemoStaffing.AFTER_SCHOOL, 14),
            new InstitutionSpec(NORTH, "Nordstjerneskolen", "SCHOOL", DemoStaffing.SCHOOL, 46),
            new InstitutionSpec(NORTH, "Børnehuset Æblehaven (integreret)", "DAYCARE", DemoStaffing.DAYCARE, 22),
            new InstitutionSpec(NORTH, "Vuggestuen Mælkebøtten", "DAYCARE", DemoStaffing.DAYCARE, 16),
            new InstitutionSpec(NORTH, "Børnehaven Skovtrolden", "DAYCARE", DemoStaffing.DAYCARE, 18),
            new InstitutionSpec(NORTH, "Integreret institution Troldehøj", "DAYCARE", DemoStaffing.DAYCARE, 20),
            new InstitutionSpec(NORTH, "Klub Nord", "YOUTH_CLUB", DemoStaffing.CLUB, 8),
            new InstitutionSpec(SOUTH, "Ådalens Skole", "SCHOOL", DemoStaffing.SCHOOL, 50),
            new InstitutionSpec(SOUTH, "SFO Ådalen", "AFTER_SCHOOL", DemoStaffing.AFTER_SCHOOL, 12),
            new InstitutionSpec(SOUTH, "Søndermarkskolen", "SCHOOL", DemoStaffing.SCHOOL, 44),
            new InstitutionSpec(SOUTH, "HFO Søndermarken", "AFTER_SCHOOL", DemoStaffing.AFTER_SCHOOL, 10),
            new InstitutionSpec(SOUTH, "Integreret institution Solsikken", "DAYCARE", DemoStaffing.DAYCARE, 24),
            new InstitutionSpec(SOUTH, "Børnehuset Kløverløkken (integreret)", "DAYCARE", DemoStaffing.DAYCARE, 20),
            new InstitutionSpec(SOUTH, "Vuggestuen Fuglereden", "DAYCARE", DemoStaffing.DAYCARE, 14),
            new InstitutionSpec(SOUTH, "Kildens Specialtilbud", "SPECIAL_PROVISION", DemoStaffing.SPECIAL_PROVISION, 26),
            new InstitutionSpec(EAST, "Østervangskolen", "SCHOOL", DemoStaffing.SCHOOL, 48),
            new InstitutionSpec(EAST, "HFO Østervang", "AFTER_SCHOOL", DemoStaffing.AFTER_SCHOOL, 14),
            new InstitutionSpec(EAST, "Børnehaven Lærkereden", "DAYCARE", DemoStaffing.DAYCARE, 18),
            new InstitutionSpec(EAST, "Integreret institution Bøgely", "DAYCARE", DemoStaffing.DAYCARE, 22),
            new InstitutionSpec(EAST, "Vuggestuen Myretuen", "DAYCARE", DemoStaffing.DAYCARE, 16),
            new InstitutionSpec(EAST, "Klub Øst", "YOUTH_CLUB", DemoStaffing.CLUB, 7),
            new InstitutionSpec(EAST, "Skovbrynets Specialskole", "SPECIAL_PROVISION", DemoStaffing.SPECIAL_PROVISION, 22),
            new InstitutionSpec(COMMON, "Center for Dagtilbud og Skole", "ADMINISTRATION", DemoStaffing.ADMINISTRATION, 12),
            new InstitutionSpec(COMMON, "Pædagogisk Psykologisk Rådgivning (PPR)", "PPR", DemoStaffing.PPR, 22),
            new InstitutionSpec(COMMON, "Sundhedsplejen", "FAMILY_AND_HEALTH", DemoStaffing.HEALTH_VISITING, 12),
            new InstitutionSpec(COMMON, "Familierådgivningen", "FAMILY_AND_HEALTH", DemoStaffing.FAMILY_COUNSELLING, 16),
            new InstitutionSpec(COMMON, "Basen – SSP og ungdomsklub", "YOUTH_CLUB", DemoStaffing.CLUB, 9),
            new InstitutionSpec(COMMON, "Boldklubben Slotsbyen", "ASSOCIATION", DemoStaffing.VOLUNTEERS, 24),
            new InstitutionSpec(COMMON, "Spejdergruppen Ørnereden", "ASSOCIATION", DemoStaffing.VOLUNTEERS, 18),
            new InstitutionSpec(COMMON, "Idrætsforeningen Ålholm", "ASSOCIATION", DemoStaffing.VOLUNTEERS, 18));

    private static final Set<String> APPROVAL_REQUIRED = Set.of(
            "Østervangskolen", "Skovbrynets Specialskole", "Familierådgivningen");

    private static final List<Track> TRACKS = List.of(
            new Track("ORGANISATIONSKULTUR", "Organisationskultur"),
            new Track("FAMILIER", "Samarbejde med familierne"),
            new Track("SAMARBEJDSSTRUKTURER", "Samarbejdsstrukturer"),
            new Track("OVERGANGE", "Overgange"),
            new Track("KOMPETENCER", "Kompetencer"),
            new Track("LEDELSE", "Ledelse"),
            new Track("INDSATSER", "Indsatser og tilbud"),
            new Track("FRITID", "Fritid"),
            new Track("FYSISKE_RAMMER", "Fysiske rammer"),
            new Track("OEKONOMI", "Økonomi"),
            new Track("DATA", "Data"));

    private DemoOrganisation() {
    }

    static Organisation write(Connection connection) throws SQLException {
        long municipality = insert(connection, "INSERT INTO municipality (code, name) VALUES (?, ?)",
                "219", "Hillerød Kommune");
        Map<String, Long> areaIds = new LinkedHashMap<>();
        for (String area : List.of(NORTH, SOUTH, EAST, COMMON)) {
            areaIds.put(area, insert(connection, "INSERT INTO area (municipality_id, name) VALUES (?, ?)",
                    municipality, area));
        }
        return new Organisation(municipality, institutions(connection, areaIds), tracks(connection, municipality));
    }

    private static List<Institution> institutions(Connection connection, Map<String, Long> areaIds)
            throws SQLException {
        List<Institution> institutions = new ArrayList<>();
        int schools = 0;
        int daycares = 0;
        for (int i = 0; i < INSTITUTIONS.size(); i++) {
            InstitutionSpec spec = INSTITUTIONS.get(i);
            boolean school = spec.type().equals("SCHOOL");
            boolean daycare = spec.type().equals("DAYCARE");
            String institutionNumber = school ? String.valueOf(219_000 + 12 * ++schools) : null;
            String daycareUnit = daycare ? "D219" + String.format("%02d", ++daycares) : null;
            String pNumber = daycare ? String.valueOf(1_017_450_000L + 3_917L * daycares) : null;
            String costCentre = spec.type().equals("ASSOCIATION") ? null : String.valueOf(51_200 + 10 * i);
            boolean approvalRequired = APPROVAL_REQUIRED.contains(spec.name());
            long id = insert(connection, "INSERT INTO institution (area_id, name, type, institution_number, "
                            + "daycare_unit_number, p_number, cost_centre, approval_required) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    areaIds.get(spec.area()), spec.name(), spec.type(), institutionNumber, daycareUnit, pNumber,
                    costCentre, approvalRequired);
            institutions.add(new Institution(id, spec.name(), spec.type(), spec.staffing(), spec.headcount(),
                    approvalRequired));
        }
        return institutions;
    }

    static Map<String, Long> tracks(Connection connection, long municipality) throws SQLException {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Track track : TRACKS) {
            ids.put(track.code(), insert(connection,
                    "INSERT INTO strategy_track (municipality_id, code, name) VALUES (?, ?, ?)",
                    municipality, track.code(), track.name()));
        }
        return ids;
    }
}
