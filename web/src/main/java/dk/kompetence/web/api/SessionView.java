package dk.kompetence.web.api;

import dk.kompetence.domain.session.CourseSession;
import dk.kompetence.domain.session.Meeting;
import dk.kompetence.domain.session.SessionStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

public record SessionView(long id, String code, long moduleId, String module, int capacity, int seatsTaken,
                          int freeSeats, SessionStatus status, LocalDate enrolmentDeadline,
                          LocalDate cancellationDeadline, LocalDate startsOn, LocalDate endsOn, String educators,
                          List<MeetingView> meetings, Map<Long, Integer> reservedSeats, long version) {

    public record MeetingView(long id, LocalDate date, LocalTime start, LocalTime end, String venue, String onlineLink) {

        static MeetingView of(Meeting m) {
            return new MeetingView(m.getId(), m.getDate(), m.getStartTime(), m.getEndTime(), m.getVenue(),
                    m.getOnlineLink());
        }
    }

    public static SessionView of(CourseSession s, LocalDate today) {
        return new SessionView(s.getId(), s.getCode(), s.getModule().getId(), s.getModule().getTitle(), s.getCapacity(),
                s.getSeatsTaken(), s.freeSeats(), s.statusOn(today), s.getEnrolmentDeadline(),
                s.getCancellationDeadline(), s.getStartsOn(), s.getEndsOn(), s.getEducators(),
                s.getMeetings().stream().map(MeetingView::of).toList(), s.getReservations(), s.getVersion());
    }
}
