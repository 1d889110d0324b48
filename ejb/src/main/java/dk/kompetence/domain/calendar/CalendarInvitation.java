package dk.kompetence.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * What one person's calendar holds of one meeting after the messages we sent: invited or
 * cancelled, the SEQUENCE of the last message, and the fingerprint of what it showed. Every
 * message for the person and meeting gets the next SEQUENCE, so calendars apply them in order.
 */
@Entity
@Table(name = "calendar_invitation")
@IdClass(CalendarInvitation.Key.class)
public class CalendarInvitation {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(nullable = false)
    private boolean invited;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    protected CalendarInvitation() {
    }

    /** The first invitation: SEQUENCE 0. */
    public CalendarInvitation(long personId, MeetingEvent event) {
        this.personId = personId;
        this.meetingId = event.meetingId();
        this.invited = true;
        this.fingerprint = event.fingerprint();
    }

    /**
     * What must be sent so the calendar shows the event as it is now (wanted) or not at all:
     * REQUEST for a new, changed or re-invited meeting, CANCEL for one the person no longer
     * attends, nothing when the calendar is already right. Counts the SEQUENCE up for each message.
     */
    public Optional<CalendarMethod> bringUpToDate(MeetingEvent event, boolean wanted) {
        if (wanted && (!invited || !fingerprint.equals(event.fingerprint()))) {
            sequence++;
            invited = true;
            fingerprint = event.fingerprint();
            return Optional.of(CalendarMethod.REQUEST);
        }
        if (!wanted && invited) {
            sequence++;
            invited = false;
            return Optional.of(CalendarMethod.CANCEL);
        }
        return Optional.empty();
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public int getSequence() {
        return sequence;
    }

    public boolean isInvited() {
        return invited;
    }

    /** Composite key: one row per person and meeting. */
    public static class Key implements Serializable {

        private Long personId;
        private Long meetingId;

        public Key() {
        }

        public Key(Long personId, Long meetingId) {
            this.personId = personId;
            this.meetingId = meetingId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(personId, that.personId)
                    && Objects.equals(meetingId, that.meetingId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, meetingId);
        }
    }
}
