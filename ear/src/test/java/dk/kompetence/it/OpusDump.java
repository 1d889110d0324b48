package dk.kompetence.it;

/** A small KMD Opus dump written by a test, with synthetic names and CPR numbers that are none. */
final class OpusDump {

    private final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<kmd>\n");

    OpusDump unit(String id, String parent, String name, String pNumber) {
        xml.append("""
                  <orgUnit id="%s" client="999" lastChanged="2025-01-01">
                    <startDate>2000-01-01</startDate><endDate>9999-12-31</endDate>
                    <parentOrgUnit>%s</parentOrgUnit><shortName>X</shortName><longName>%s</longName>
                    <pNr>%s</pNr><costCenter>CC%s</costCenter>
                  </orgUnit>
                """.formatted(id, parent == null ? "" : parent, name, pNumber == null ? "0000000000" : pNumber, id));
        return this;
    }

    OpusDump employee(String id, String cpr, String firstName, String position, String unit, String lastChanged,
                      String action, String leaveDate) {
        xml.append("""
                  <employee id="%s" client="999" lastChanged="%s"%s>
                    <entryDate>2020-08-01</entryDate><leaveDate>%s</leaveDate><cpr>%s</cpr>
                    <firstName>%s</firstName><lastName>Testesen</lastName><position>%s</position>
                    <positionId>9999</positionId><orgUnit>%s</orgUnit><isManager>false</isManager>
                    <email>%s@example.invalid</email><numerator>37</numerator><denominator>37</denominator>
                  </employee>
                """.formatted(id, lastChanged, action == null ? "" : " action=\"" + action + "\"",
                leaveDate == null ? "9999-12-31" : leaveDate, cpr, firstName, position, unit, id));
        return this;
    }

    String xml() {
        return xml + "</kmd>\n";
    }
}
