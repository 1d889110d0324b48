package dk.kompetence.domain.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** One meeting (mødegang) of a session, in a venue or online. */
@Entity
@Table(name = "session_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private CourseSession session;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(length = 200)
    private String venue;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    protected Meeting() {
    }

    Meeting(CourseSession session, TimeSlot slot, String venue, String onlineLink) {
        this.session = Objects.requireNonNull(session);
        change(slot, venue, onlineLink);
    }

    void change(TimeSlot slot, String newVenue, String newOnlineLink) {
        if ((newVenue == null || newVenue.isBlank()) && (newOnlineLink == null || newOnlineLink.isBlank())) {
            throw new IllegalArgumentException("A meeting needs a venue or an online link");
        }
        this.date = slot.date();
        this.startTime = slot.start();
        this.endTime = slot.end();
        this.venue = newVenue;
        this.onlineLink = newOnlineLink;
    }

    public TimeSlot slot() {
        return new TimeSlot(date, startTime, endTime);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Meeting that && Objects.equals(session, that.session) && slot().equals(that.slot());
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, startTime);
    }
}
