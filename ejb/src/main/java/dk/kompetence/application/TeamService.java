package dk.kompetence.application;

import static dk.kompetence.application.UnknownEntityException.unknown;

import dk.kompetence.application.TeamOverview.Cell;
import dk.kompetence.application.TeamOverview.Column;
import dk.kompetence.application.TeamOverview.Row;
import dk.kompetence.application.TeamOverview.Status;
import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.ModuleStatus;
import dk.kompetence.domain.completion.Completion;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionRepository;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.person.PersonRepository;
import dk.kompetence.domain.person.PersonSearch;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.domain.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a leader's team has, is booked on and lacks. */
@Stateless
@RolesAllowed({CurrentUser.LEADER, CurrentUser.HR})
public class TeamService {

    /** A completion that runs out within this many days shows as expiring. */
    public static final int EXPIRY_WARNING_DAYS = 90;

    private static final List<EnrolmentStatus> BOOKED = List.of(EnrolmentStatus.REQUESTED, EnrolmentStatus.CONFIRMED,
            EnrolmentStatus.WAITLISTED);

    @Inject
    InstitutionRepository institutions;

    @Inject
    PersonRepository people;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    public TeamOverview overview(long institutionId) {
        currentUser.requireHrOrLeaderOf(institutionId);
        Institution institution = institutions.find(institutionId).orElseThrow(unknown("Institution", institutionId));
        LocalDate today = LocalDate.now(clock);
        List<Person> team = people.search(new PersonSearch(null, null, null, institutionId, today),
                new PageRequest(0, 200, "lastName")).items();
        List<CourseModule> modules = relevantModules(institution);
        Map<Long, Map<Long, Cell>> cells = new HashMap<>();
        team.forEach(p -> {
            Map<Long, Cell> row = new HashMap<>();
            modules.forEach(m -> row.put(m.getId(), new Cell(Status.MISSING, null)));
            cells.put(p.getId(), row);
        });
        if (!team.isEmpty() && !modules.isEmpty()) {
            markBooked(team, modules, cells);
            markDone(team, modules, cells, today);
        }
        List<Column> columns = modules.stream()
                .map(m -> new Column(m.getId(), m.getTitle(), m.getMandatoryWithinMonths() != null)).toList();
        List<Row> rows = team.stream().map(p -> new Row(p.getId(), p.getFullName(),
                p.getJobRole() == null ? "VOLUNTEER" : p.getJobRole().name(), cells.get(p.getId()))).toList();
        return new TeamOverview(institutionId, institution.getName(), today, columns, rows);
    }

    public List<Enrolment> pendingRequests(long institutionId) {
        currentUser.requireHrOrLeaderOf(institutionId);
        return entityManager.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.person JOIN FETCH e.session "
                        + "WHERE e.institution.id = :institution AND e.status = :requested ORDER BY e.requestedAt",
                        Enrolment.class)
                .setParameter("institution", institutionId).setParameter("requested", EnrolmentStatus.REQUESTED)
                .getResultList();
    }

    /** Published modules meant for this kind of institution: mandatory ones first. */
    private List<CourseModule> relevantModules(Institution institution) {
        return entityManager.createQuery("SELECT m FROM CourseModule m WHERE m.status = :published", CourseModule.class)
                .setParameter("published", ModuleStatus.PUBLISHED).getResultList().stream()
                .filter(m -> !m.getAudienceInstitutionTypes().isEmpty()
                        && m.getAudienceInstitutionTypes().contains(institution.getType()))
                .sorted(Comparator.comparing((CourseModule m) -> m.getMandatoryWithinMonths() == null)
                        .thenComparing(CourseModule::getTitle))
                .limit(12)
                .toList();
    }

    private void markBooked(List<Person> team, List<CourseModule> modules, Map<Long, Map<Long, Cell>> cells) {
        entityManager.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.session s WHERE e.person IN :team "
                        + "AND e.status IN :booked AND s.module IN :modules", Enrolment.class)
                .setParameter("team", team).setParameter("booked", BOOKED).setParameter("modules", modules)
                .getResultList()
                .forEach(e -> cells.get(e.getPerson().getId()).put(e.getSession().getModule().getId(),
                        new Cell(Status.BOOKED, null)));
    }

    private void markDone(List<Person> team, List<CourseModule> modules, Map<Long, Map<Long, Cell>> cells,
                          LocalDate today) {
        Set<Long> moduleIds = new HashSet<>(modules.stream().map(CourseModule::getId).toList());
        entityManager.createQuery("SELECT c FROM Completion c JOIN FETCH c.module WHERE c.person IN :team "
                        + "AND c.module IN :modules ORDER BY c.completedOn", Completion.class)
                .setParameter("team", team).setParameter("modules", modules).getResultList().stream()
                .filter(c -> moduleIds.contains(c.getModule().getId()))
                .filter(c -> c.getModule().isValidOn(c.getCompletedOn(), today))
                .forEach(c -> {
                    LocalDate until = c.getModule().validUntil(c.getCompletedOn());
                    boolean expiring = until != null && until.isBefore(today.plusDays(EXPIRY_WARNING_DAYS));
                    cells.get(c.getPerson().getId()).put(c.getModule().getId(),
                            new Cell(expiring ? Status.EXPIRING : Status.DONE, until));
                });
    }
}
