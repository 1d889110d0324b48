package dk.kompetence.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeOfDayConverterTest {

    private final TimeOfDayConverter converter = new TimeOfDayConverter();

    @Test
    void acceptsTheWaysDanesWriteATime() {
        for (String typed : new String[] {"09:30", "9:30", "09.30", "0930", " 9.30 "}) {
            assertEquals(LocalTime.of(9, 30), converter.getAsObject(null, null, typed), typed);
        }
        assertEquals(LocalTime.of(19, 0), converter.getAsObject(null, null, "19.00"));
    }

    @Test
    void anEmptyFieldIsNoTimeAndTimesAreShownWithTwoDigitHours() {
        assertNull(converter.getAsObject(null, null, "  "));
        assertEquals("08:05", converter.getAsString(null, null, LocalTime.of(8, 5)));
        assertEquals("", converter.getAsString(null, null, null));
    }
}
