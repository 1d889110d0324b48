package dk.kompetence.web.api.problem;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleViolationMapperTest {

    @Test
    void aBrokenRuleIsTitledInDanishAndNamedByItsType() {
        Problem problem = problem(Rule.ALREADY_ENROLLED, "Allerede tilmeldt et hold af modulet");

        assertEquals("urn:kompetence:rule:already-enrolled", problem.type());
        assertEquals("Allerede tilmeldt modulet", problem.title());
        assertEquals(409, problem.status());
        assertEquals("Allerede tilmeldt et hold af modulet", problem.detail());
    }

    @Test
    void everyRuleHasATitleOfItsOwnInEveryBundleNotItsCode() {
        assertAll(Arrays.stream(Rule.values()).map(rule -> () -> {
            String title = problem(rule, "detalje").title();
            assertFalse(title.contains(rule.name()), rule + " is titled " + title);
        }));
        assertAll(Stream.of("messages.properties", "messages_da.properties", "messages_en.properties")
                .flatMap(file -> Arrays.stream(Rule.values()).map(rule -> () -> assertNotNull(
                        bundle(file).getProperty("rule." + rule.name()), "rule." + rule.name() + " in " + file))));
    }

    @Test
    void aStaleVersionIsAFailedPreconditionAndOtherRulesConflictOrAreUnprocessable() {
        assertEquals(412, problem(Rule.STALE_VERSION, "ændret").status());
        assertEquals(409, problem(Rule.NOT_ENOUGH_SEATS, "fuldt").status());
        assertEquals(422, problem(Rule.ENROLMENT_DEADLINE_PASSED, "for sent").status());
    }

    private static Problem problem(Rule rule, String detail) {
        return RuleViolationMapper.problem(new RuleViolationException(rule, detail));
    }

    private static Properties bundle(String file) {
        Properties properties = new Properties();
        try (InputStream in = RuleViolationMapperTest.class.getResourceAsStream("/dk/kompetence/web/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
