package dk.kompetence.domain.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeSlotTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private static TimeSlot slot(LocalDate date, int fromHour, int fromMinute, int toHour, int toMinute) {
        return new TimeSlot(date, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }

    private static TimeSlot slot(int fromHour, int toHour) {
        return slot(MONDAY, fromHour, 0, toHour, 0);
    }

    @Test
    void slotsOverlappingOnTheSameDateOverlapBothWays() {
        TimeSlot morning = slot(9, 12);
        TimeSlot lunch = slot(11, 13);

        assertTrue(morning.overlaps(lunch));
        assertTrue(lunch.overlaps(morning));
    }

    @Test
    void slotInsideAnotherOverlaps() {
        assertTrue(slot(9, 15).overlaps(slot(10, 11)));
        assertTrue(slot(10, 11).overlaps(slot(9, 15)));
    }

    @Test
    void identicalSlotsOverlap() {
        assertTrue(slot(9, 15).overlaps(slot(9, 15)));
    }

    @Test
    void slotEndingWhenAnotherStartsDoesNotOverlap() {
        assertFalse(slot(9, 12).overlaps(slot(12, 15)));
        assertFalse(slot(12, 15).overlaps(slot(9, 12)));
    }

    @Test
    void oneMinuteOfOverlapCounts() {
        assertTrue(slot(MONDAY, 9, 0, 12, 1).overlaps(slot(12, 15)));
    }

    @Test
    void sameTimeOnAnotherDateDoesNotOverlap() {
        assertFalse(slot(9, 15).overlaps(slot(MONDAY.plusDays(1), 9, 0, 15, 0)));
    }

    @Test
    void slotMustEndAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> slot(12, 12));
        assertThrows(IllegalArgumentException.class, () -> slot(12, 9));
    }

    @Test
    void slotNeedsDateAndTimes() {
        assertThrows(NullPointerException.class, () -> new TimeSlot(null, LocalTime.NOON, LocalTime.MAX));
        assertThrows(NullPointerException.class, () -> new TimeSlot(MONDAY, null, LocalTime.MAX));
        assertThrows(NullPointerException.class, () -> new TimeSlot(MONDAY, LocalTime.NOON, null));
    }
}
