package dk.kompetence.web.export;

/** What the spend report's figures mean, in the words every export uses. */
final class SpendNotes {

    static final String YEAR = "Hold der starter i året.";
    static final String COMMITTED = "Tilmeldinger der er bekræftet eller venter på godkendelse: deltagergebyr "
            + "plus vikardækning (mødetimer × timesats for stillingen i året).";
    static final String SPENT = "Gennemførte tilmeldinger og udeblivelser (en udeblivelse koster stadig).";
    static final String FIXED = "Holdets faste omkostninger, når holdet er startet, fordelt på enhederne efter "
            + "deres antal pladser på holdet (øren går til de største rester). Et hold uden deltagere er ikke fordelt.";
    static final String REMAINING = "Kun på betalerens linje: budget minus disponeret minus forbrugt "
            + "(som ved godkendelse; de faste omkostninger står for sig).";
    static final String PER_PERSON = "Forbrugt plus faste omkostninger delt med dem der har gennemført (hver én gang), "
            + "og med de gennemførte timer.";

    private SpendNotes() {
    }
}
