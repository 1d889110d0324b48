package dk.kompetence.domain.payroll;

import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.person.JobRole;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * How the payroll's words become ours, from a properties file the municipality can replace
 * ({@code payroll-mapping.properties}):
 * <ul>
 * <li>{@code role.code.<position code>=<JobRole>}: Opus positionId / SD Løn stillingskode, tried first;</li>
 * <li>{@code role.title.<words>=<JobRole>}: words of the free-text title, the longest match wins
 * ("pædagogisk assistent" before "pædagog");</li>
 * <li>{@code type.<words>=<InstitutionType>}: words of a new unit's name, the longest match wins;
 * a unit matching none becomes {@link InstitutionType#ADMINISTRATION}.</li>
 * </ul>
 * A manager (Opus isManager, the CSV's "Leder") is a {@link JobRole#LEADER} whatever the title. A
 * position that matches nothing is not guessed: the row is refused with the reason, because a wrong
 * role would silently put the person in or out of a target's scope.
 */
public final class PayrollMapping {

    private final Map<String, JobRole> roleByCode = new LinkedHashMap<>();
    private final Map<String, JobRole> roleByTitle;
    private final Map<String, InstitutionType> typeByName;

    public PayrollMapping(Properties properties) {
        Map<String, JobRole> titles = new LinkedHashMap<>();
        Map<String, InstitutionType> types = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            if (key.startsWith("role.code.")) {
                roleByCode.put(key.substring("role.code.".length()).strip(), JobRole.valueOf(value));
            } else if (key.startsWith("role.title.")) {
                titles.put(words(key.substring("role.title.".length())), JobRole.valueOf(value));
            } else if (key.startsWith("type.")) {
                types.put(words(key.substring("type.".length())), InstitutionType.valueOf(value));
            } else {
                throw new IllegalArgumentException("Unknown key in the payroll mapping: " + key);
            }
        }
        roleByTitle = longestFirst(titles);
        typeByName = longestFirst(types);
    }

    public Optional<JobRole> role(String positionCode, String positionTitle, boolean manager) {
        if (manager) {
            return Optional.of(JobRole.LEADER);
        }
        if (positionCode != null && roleByCode.containsKey(positionCode.strip())) {
            return Optional.of(roleByCode.get(positionCode.strip()));
        }
        return positionTitle == null ? Optional.empty() : longestMatch(roleByTitle, positionTitle);
    }

    public InstitutionType institutionType(String unitName) {
        return longestMatch(typeByName, unitName).orElse(InstitutionType.ADMINISTRATION);
    }

    private static <T> Optional<T> longestMatch(Map<String, T> byWords, String text) {
        String normalised = " " + words(text) + " ";
        return byWords.entrySet().stream().filter(e -> normalised.contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    private static <T> Map<String, T> longestFirst(Map<String, T> byWords) {
        Map<String, T> sorted = new LinkedHashMap<>();
        byWords.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, T> e) -> e.getKey().length()).reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Lower case, punctuation as spaces, single spaces: "Pædagog, souschef" → "pædagog souschef". */
    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
