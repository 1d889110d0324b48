package dk.kompetence.web.ui.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The services name fields by path; the pages must find the input in the right row for each. */
class FieldInputsTest {

    @Test
    void aMeetingsFieldsAndCrossFieldChecksLandInTheirRow() {
        assertEquals("meetings:1:end", PlanSession.inputOf("meetings[1].endAfterStart"));
        assertEquals("meetings:0:venue", PlanSession.inputOf("meetings[0].placed"));
        assertEquals("meetings:2:link", PlanSession.inputOf("meetings[2].onlineLink"));
        assertEquals("meetings:0:date", PlanSession.inputOf("meetings[0].date"));
    }

    @Test
    void sessionFieldsLandNextToTheirInputAndTheRestAtTheTop() {
        assertEquals("module", PlanSession.inputOf("moduleId"));
        assertEquals("cancellationDeadline", PlanSession.inputOf("cancellationDeadline"));
        assertNull(PlanSession.inputOf("meetings"));
        assertNull(PlanSession.inputOf("reservedSeats"));
    }

    @Test
    void attendanceLinesAreTheRowsOfTheSheet() {
        assertEquals("rows:3:hours", SessionAttendance.inputOf("lines[3].hours"));
        assertEquals("rows:0:attendance", SessionAttendance.inputOf("lines[0].attendance"));
        assertEquals("completedOn", SessionAttendance.inputOf("completedOn"));
        assertNull(SessionAttendance.inputOf("lines"));
    }
}
