package dk.kompetence.web.ui.provider;

import static dk.kompetence.web.ui.Inputs.blankToNull;

import dk.kompetence.application.CatalogueService;
import dk.kompetence.application.MeetingForm;
import dk.kompetence.application.SessionPlan;
import dk.kompetence.application.SessionService;
import dk.kompetence.domain.catalogue.ModuleSearch;
import dk.kompetence.domain.catalogue.ModuleStatus;
import dk.kompetence.domain.session.CourseSession;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.web.ui.Messages;
import dk.kompetence.web.ui.Option;
import dk.kompetence.web.ui.Persona;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Udbyder: plans a new session (hold) of one of the provider's published modules, with its meetings. */
@Named
@ViewScoped
public class PlanSession implements Serializable {

    static final String FORM = "plan";
    private static final Map<String, String> FIELDS = Map.of("moduleId", "module", "code", "code",
            "capacity", "capacity", "enrolmentDeadline", "enrolmentDeadline",
            "cancellationDeadline", "cancellationDeadline", "educators", "educators");
    /** A meeting's fields, including its two cross-field checks, next to the input they concern. */
    private static final Map<String, String> MEETING_FIELDS = Map.of("date", "date", "start", "start", "end", "end",
            "endAfterStart", "end", "venue", "venue", "placed", "venue", "onlineLink", "link");
    private static final Pattern MEETING = Pattern.compile("meetings\\[(\\d+)]\\.(\\w+)");

    /** One row of the meetings table (mødegange) while it is being edited. */
    public static class MeetingRow implements Serializable {
        private LocalDate date;
        private LocalTime start;
        private LocalTime end;
        private String venue;
        private String onlineLink;

        MeetingForm toForm() {
            return new MeetingForm(date, start, end, blankToNull(venue), blankToNull(onlineLink));
        }

        /** The next meeting usually keeps the time and place: copy them, not the date. */
        MeetingRow next() {
            MeetingRow row = new MeetingRow();
            row.start = start;
            row.end = end;
            row.venue = venue;
            row.onlineLink = onlineLink;
            return row;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public LocalTime getStart() {
            return start;
        }

        public void setStart(LocalTime start) {
            this.start = start;
        }

        public LocalTime getEnd() {
            return end;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }

        public String getVenue() {
            return venue;
        }

        public void setVenue(String venue) {
            this.venue = venue;
        }

        public String getOnlineLink() {
            return onlineLink;
        }

        public void setOnlineLink(String onlineLink) {
            this.onlineLink = onlineLink;
        }
    }

    @Inject
    SessionService sessions;

    @Inject
    CatalogueService catalogue;

    @Inject
    Persona persona;

    private List<Option> publishedModules;
    private Long moduleId;
    private String code;
    private Integer capacity;
    private LocalDate enrolmentDeadline;
    private LocalDate cancellationDeadline;
    private String educators;
    private boolean openForEnrolment = true;
    private List<MeetingRow> meetings = new ArrayList<>(List.of(new MeetingRow()));

    @PostConstruct
    void load() {
        publishedModules = persona.getProviderId() == null ? List.of()
                : catalogue.search(new ModuleSearch(null, null, null, null, null, ModuleStatus.PUBLISHED,
                        persona.getProviderId(), null, null, false), new PageRequest(0, 200, "title")).items().stream()
                .map(Option::of).toList();
    }

    public void plan() {
        SessionPlan plan = new SessionPlan(moduleId, blankToNull(code), capacity == null ? 0 : capacity, enrolmentDeadline,
                cancellationDeadline, meetings.stream().map(MeetingRow::toForm).toList(), blankToNull(educators), null,
                openForEnrolment);
        CourseSession planned = Messages.attempt(() -> sessions.plan(plan), FORM, PlanSession::inputOf);
        if (planned != null) {
            Messages.info("plan.planned", planned.getCode(), planned.getModule().getTitle());
            clear();
        }
    }

    public void addMeeting() {
        meetings.add(meetings.get(meetings.size() - 1).next());
    }

    public void removeMeeting(int index) {
        if (meetings.size() > 1) {
            meetings.remove(index);
        }
    }

    /** "meetings[1].endAfterStart" → "meetings:1:end": the input in that row of the meetings. */
    static String inputOf(String field) {
        Matcher meeting = MEETING.matcher(field);
        if (meeting.matches()) {
            String input = MEETING_FIELDS.get(meeting.group(2));
            return input == null ? null : "meetings:" + meeting.group(1) + ":" + input;
        }
        return FIELDS.get(field);
    }

    private void clear() {
        moduleId = null;
        code = null;
        capacity = null;
        enrolmentDeadline = null;
        cancellationDeadline = null;
        educators = null;
        openForEnrolment = true;
        meetings = new ArrayList<>(List.of(new MeetingRow()));
    }

    public List<Option> getPublishedModules() {
        return publishedModules;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public void setModuleId(Long moduleId) {
        this.moduleId = moduleId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDate getEnrolmentDeadline() {
        return enrolmentDeadline;
    }

    public void setEnrolmentDeadline(LocalDate enrolmentDeadline) {
        this.enrolmentDeadline = enrolmentDeadline;
    }

    public LocalDate getCancellationDeadline() {
        return cancellationDeadline;
    }

    public void setCancellationDeadline(LocalDate cancellationDeadline) {
        this.cancellationDeadline = cancellationDeadline;
    }

    public String getEducators() {
        return educators;
    }

    public void setEducators(String educators) {
        this.educators = educators;
    }

    public boolean isOpenForEnrolment() {
        return openForEnrolment;
    }

    public void setOpenForEnrolment(boolean openForEnrolment) {
        this.openForEnrolment = openForEnrolment;
    }

    public List<MeetingRow> getMeetings() {
        return meetings;
    }
}
