package dk.kompetence.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EnglishValidationMessagesTest {

    @Test
    void everyDanishValidationMessageHasAnEnglishText() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Object key : danish().keySet()) {
            if (Messages.english("{" + key + "}", Map.of()).isEmpty()) {
                missing.add(key.toString());
            }
        }
        assertTrue(missing.isEmpty(), "no English text for " + missing);
    }

    @Test
    void theConstraintsAttributesAreFilledIn() {
        assertEquals("must be between 1 and 200 characters",
                Messages.english("{jakarta.validation.constraints.Size.message}", Map.of("min", 1, "max", 200)).orElseThrow());
    }

    private static Properties danish() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EnglishValidationMessagesTest.class.getResourceAsStream("/ValidationMessages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
