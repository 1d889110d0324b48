package dk.kompetence.db;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Common Danish first and last names, combined deterministically, and e-mail addresses made from them. */
final class DemoNames {

    record Name(String first, String last) {
    }

    private static final List<String> FIRST_NAMES = List.of(
            "Anne", "Mette", "Hanne", "Susanne", "Lone", "Camilla", "Louise", "Maria", "Sofie", "Line", "Julie",
            "Kirsten", "Birgitte", "Marianne", "Pia", "Tina", "Helle", "Charlotte", "Trine", "Signe", "Ida", "Emma",
            "Freja", "Astrid", "Karen", "Inge", "Åse", "Bente", "Dorthe", "Gitte", "Malene", "Rikke", "Stine",
            "Nanna", "Cecilie", "Anne-Mette", "Sørine", "Bodil", "Mai-Britt", "Lærke",
            "Peter", "Jens", "Lars", "Michael", "Henrik", "Søren", "Thomas", "Martin", "Jesper", "Anders", "Niels",
            "Morten", "Rasmus", "Christian", "Mads", "Jørgen", "Bjørn", "Kasper", "Mikkel", "Frederik", "Jonas",
            "Kristian", "Ole", "Torben", "Bo", "Asger", "Jakob", "Esben", "Troels", "Ejnar", "Øjvind", "Jørn");

    private static final List<String> LAST_NAMES = List.of(
            "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
            "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
            "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Olesen", "Frederiksen", "Laursen",
            "Henriksen", "Lund", "Holm", "Schmidt", "Eriksen", "Kristiansen", "Nørgaard", "Bach", "Dahl",
            "Lauridsen", "Østergaard", "Vestergaard", "Søndergaard", "Bækgaard", "Ågård", "Kjær", "Lykke", "Bøgh",
            "Skovgaard", "Friis", "Bruun", "Dalgaard", "Brøndum", "Kjærgaard", "Højgaard", "Ørum", "Damgaard", "Krogh");

    private final Random random;
    private final Map<String, Integer> addressesInUse = new HashMap<>();

    DemoNames(Random random) {
        this.random = random;
    }

    Name next() {
        return new Name(FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())),
                LAST_NAMES.get(random.nextInt(LAST_NAMES.size())));
    }

    /** firstname.lastname@domain, then firstname.lastname2@domain and so on for namesakes. */
    String email(Name name, String domain) {
        String local = ascii(name.first()) + "." + ascii(name.last());
        int count = addressesInUse.merge(local + "@" + domain, 1, Integer::sum);
        return local + (count == 1 ? "" : String.valueOf(count)) + "@" + domain;
    }

    private static String ascii(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replaceAll("[^a-z0-9-]", "");
    }
}
