package dk.kompetence.web.ui.provider;

import dk.kompetence.application.Attendance;
import dk.kompetence.application.AttendanceLine;
import dk.kompetence.application.AttendanceSheet;
import dk.kompetence.application.EnrolmentService;
import dk.kompetence.application.SessionService;
import dk.kompetence.domain.session.CourseSession;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.web.api.ParticipantView;
import dk.kompetence.web.api.SessionView;
import dk.kompetence.web.ui.Messages;
import dk.kompetence.web.ui.Persona;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Udbyder: one of the provider's sessions, its participant list (name, institution, role) and the
 * attendance sheet: completed, no-show or not decided for every participant, saved at once.
 */
@Named
@ViewScoped
public class SessionAttendance implements Serializable {

    private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)]\\.(hours|attendance)");

    /** One participant's line on the sheet while it is being filled in. */
    public static class Row implements Serializable {
        private final long enrolmentId;
        private final String name;
        private final EnrolmentStatus status;
        private Attendance attendance;
        private BigDecimal hours;

        Row(Enrolment enrolment, BigDecimal moduleHours) {
            this.enrolmentId = enrolment.getId();
            this.name = enrolment.getPerson().getFullName();
            this.status = enrolment.getStatus();
            this.attendance = switch (status) {
                case COMPLETED -> Attendance.COMPLETED;
                case NO_SHOW -> Attendance.NO_SHOW;
                default -> Attendance.UNDECIDED;
            };
            this.hours = status == EnrolmentStatus.COMPLETED ? enrolment.getCompletedHours() : moduleHours;
        }

        AttendanceLine toLine() {
            return new AttendanceLine(enrolmentId, attendance, hours);
        }

        /** A completion is final; a no-show may still turn out to have completed. */
        public boolean isDecidable() {
            return status != EnrolmentStatus.COMPLETED;
        }

        public String getName() {
            return name;
        }

        public EnrolmentStatus getStatus() {
            return status;
        }

        public Attendance getAttendance() {
            return attendance;
        }

        public void setAttendance(Attendance attendance) {
            this.attendance = attendance;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }
    }

    @Inject
    SessionService sessions;

    @Inject
    EnrolmentService enrolments;

    @Inject
    Clock clock;

    @Inject
    Persona persona;

    private SessionView session;
    private List<ParticipantView> participants = List.of();
    private List<Row> rows = List.of();
    private LocalDate completedOn;

    /** The session id comes from the provider's own list and is checked again by the service. */
    public void show(long sessionId) {
        CourseSession chosen = Messages.attempt(() -> sessions.providerSession(persona.getProviderId(), sessionId),
                "sessions", Map.of());
        if (chosen != null) {
            load(chosen);
        }
    }

    public void save() {
        if (session == null) {
            return;
        }
        AttendanceSheet sheet = new AttendanceSheet(completedOn, rows.stream().map(Row::toLine).toList());
        List<Enrolment> changed = Messages.attempt(() -> enrolments.recordAttendance(session.id(), sheet),
                "attendance", SessionAttendance::inputOf);
        if (changed != null) {
            long completed = changed.stream().filter(e -> e.getStatus() == EnrolmentStatus.COMPLETED).count();
            Messages.info("attendance.saved", completed, changed.size() - completed);
            load(sessions.providerSession(persona.getProviderId(), session.id()));
        }
    }

    /** "lines[2].hours" → "rows:2:hours": the sheet's lines are the table's rows, in the same order. */
    static String inputOf(String field) {
        Matcher line = LINE.matcher(field);
        if (line.matches()) {
            return "rows:" + line.group(1) + ":" + line.group(2);
        }
        return "completedOn".equals(field) ? "completedOn" : null;
    }

    private void load(CourseSession chosen) {
        LocalDate today = LocalDate.now(clock);
        session = SessionView.of(chosen, today);
        List<Enrolment> seated = enrolments.participants(chosen.getId());
        participants = seated.stream().map(ParticipantView::of).toList();
        BigDecimal moduleHours = chosen.getModule().getHours();
        rows = seated.stream().map(e -> new Row(e, moduleHours)).toList();
        // The last day is the usual completion date; before it has passed, today is the latest allowed.
        completedOn = chosen.getEndsOn().isAfter(today) && !today.isBefore(chosen.getStartsOn()) ? today
                : chosen.getEndsOn();
    }

    public boolean isStarted() {
        return session != null && !LocalDate.now(clock).isBefore(session.startsOn());
    }

    public Attendance[] getAttendances() {
        return Attendance.values();
    }

    public SessionView getSession() {
        return session;
    }

    public List<ParticipantView> getParticipants() {
        return participants;
    }

    public List<Row> getRows() {
        return rows;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }
}
