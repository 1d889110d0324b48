package dk.kompetence.web.ui.team;

import dk.kompetence.application.Approval;
import dk.kompetence.application.BudgetService;
import dk.kompetence.application.EnrolmentService;
import dk.kompetence.application.RequestBudget;
import dk.kompetence.application.SessionService;
import dk.kompetence.application.TeamEnrolmentRequest;
import dk.kompetence.application.TeamOverview;
import dk.kompetence.application.TeamService;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.SessionSearch;
import dk.kompetence.domain.session.SessionStatus;
import dk.kompetence.domain.session.TeamMode;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.web.api.EnrolmentView;
import dk.kompetence.web.api.SessionView;
import dk.kompetence.web.ui.Messages;
import dk.kompetence.web.ui.Persona;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Mit team: requests to decide, the team's competence matrix, and enrolling a team at once. */
@Named
@ViewScoped
public class TeamPage implements Serializable {

    @Inject
    TeamService teams;

    @Inject
    EnrolmentService enrolments;

    @Inject
    SessionService sessions;

    @Inject
    BudgetService budgets;

    @Inject
    Clock clock;

    @Inject
    Persona persona;

    private TeamOverview overview;
    private List<EnrolmentView> requests;
    private Map<Long, RequestBudget> requestBudgets = Map.of();
    private final Map<Long, String> comments = new HashMap<>();
    private String roleFilter;

    private Long teamSessionId;
    private List<Long> teamMembers = new ArrayList<>();
    private TeamMode teamMode = TeamMode.ALL_OR_NOTHING;
    private List<SessionView> teamSessions = List.of();

    @PostConstruct
    void load() {
        if (persona.getInstitutionId() == null) {
            return;
        }
        overview = teams.overview(persona.getInstitutionId());
        requests = teams.pendingRequests(persona.getInstitutionId()).stream().map(EnrolmentView::of).toList();
        requestBudgets = budgets.requestBudgets(persona.getInstitutionId(),
                requests.stream().map(EnrolmentView::id).toList());
        loadOpenSessions();
    }

    public void approve(long enrolmentId) {
        Approval approval = Messages.attempt(() -> enrolments.approve(enrolmentId, comments.get(enrolmentId)),
                "requests", Map.of());
        if (approval != null && approval.overBudget()) {
            Messages.warn("team.overBudget", approval.budget().remaining());
        }
        decided(approval == null ? null : approval.enrolment());
    }

    public void reject(long enrolmentId) {
        String comment = comments.get(enrolmentId);
        if (comment == null || comment.isBlank()) {
            Messages.error("requests", Messages.text("team.rejectNeedsComment"));
            return;
        }
        decided(Messages.attempt(() -> enrolments.reject(enrolmentId, comment), "requests", Map.of()));
    }

    /** Sessions open for enrolment, soonest first: the leader filters them by typing. */
    private void loadOpenSessions() {
        LocalDate today = LocalDate.now(clock);
        teamSessions = sessions.search(new SessionSearch(null, null, null, today.plusDays(1), null, false),
                        new PageRequest(0, 200, "startsOn")).items().stream()
                .filter(s -> s.getStatus() == SessionStatus.OPEN || s.getStatus() == SessionStatus.FULL)
                .map(s -> SessionView.of(s, today)).toList();
    }

    public void enrolTeam() {
        if (teamSessionId == null || teamMembers.isEmpty()) {
            Messages.error("teamEnrol", Messages.text("team.chooseSessionAndPeople"));
            return;
        }
        List<Enrolment> enrolled = Messages.attempt(() -> enrolments.enrolTeam(
                new TeamEnrolmentRequest(teamSessionId, List.copyOf(teamMembers), teamMode)), "teamEnrol", Map.of());
        if (enrolled != null) {
            long confirmed = enrolled.stream().filter(e -> e.getStatus().holdsSeat()).count();
            Messages.info("team.enrolled", confirmed, enrolled.size() - confirmed);
            teamMembers = new ArrayList<>();
            load();
        }
    }

    public List<TeamOverview.Row> getRows() {
        if (overview == null) {
            return List.of();
        }
        return overview.people().stream()
                .filter(r -> roleFilter == null || roleFilter.isBlank() || r.role().equals(roleFilter)).toList();
    }

    public List<String> getRolesInTeam() {
        return overview == null ? List.of() : overview.people().stream().map(TeamOverview.Row::role).distinct().sorted().toList();
    }

    private void decided(Enrolment enrolment) {
        if (enrolment != null) {
            Messages.info("team.decided", enrolment.getPerson().getFullName());
            load();
        }
    }

    public TeamOverview getOverview() {
        return overview;
    }

    /** The cost and budget of each request by enrolment id (none when the institution does not pay or has no budget). */
    public Map<Long, RequestBudget> getRequestBudgets() {
        return requestBudgets;
    }

    public List<EnrolmentView> getRequests() {
        return requests;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public String getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(String roleFilter) {
        this.roleFilter = roleFilter;
    }

    public Long getTeamSessionId() {
        return teamSessionId;
    }

    public void setTeamSessionId(Long teamSessionId) {
        this.teamSessionId = teamSessionId;
    }

    public List<Long> getTeamMembers() {
        return teamMembers;
    }

    public void setTeamMembers(List<Long> teamMembers) {
        this.teamMembers = teamMembers;
    }

    public TeamMode getTeamMode() {
        return teamMode;
    }

    public void setTeamMode(TeamMode teamMode) {
        this.teamMode = teamMode;
    }

    public TeamMode[] getTeamModes() {
        return TeamMode.values();
    }

    public List<SessionView> getTeamSessions() {
        return teamSessions;
    }
}
