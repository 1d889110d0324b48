package dk.kompetence.application;

import dk.kompetence.domain.calendar.CalendarDocument;
import dk.kompetence.domain.calendar.CalendarDocument.Published;
import dk.kompetence.domain.calendar.CalendarFeed;
import dk.kompetence.domain.calendar.CalendarInvitation;
import dk.kompetence.domain.calendar.MeetingEvent;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.domain.session.SessionStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A person's meetings as iCalendar: the private feed (kalenderabonnement) that calendar programs
 * fetch without signing in, its secret address, and the file of one enrolment to import.
 */
@Stateless
@RolesAllowed({CurrentUser.EMPLOYEE, CurrentUser.VOLUNTEER})
public class CalendarService {

    private static final List<EnrolmentStatus> SEATED = Arrays.stream(EnrolmentStatus.values())
            .filter(EnrolmentStatus::holdsSeat).toList();

    @Inject
    EntityManager entityManager;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The secret token of the signed-in person's feed, made the first time they ask. */
    public String feedToken() {
        long person = ownPersonId();
        CalendarFeed feed = entityManager.find(CalendarFeed.class, person);
        if (feed == null) {
            feed = new CalendarFeed(person, LocalDateTime.now(clock));
            entityManager.persist(feed);
        }
        return feed.getToken();
    }

    /** A new secret address; the old one answers 404 from now on (a calendar that leaked stops updating). */
    public String renewFeedToken() {
        long person = ownPersonId();
        CalendarFeed feed = entityManager.find(CalendarFeed.class, person);
        if (feed == null) {
            return feedToken();
        }
        feed.renew(LocalDateTime.now(clock));
        audit.record("CALENDAR_FEED_RENEWED", "Person", person, person, "ny adresse til kalenderabonnement");
        return feed.getToken();
    }

    /**
     * The feed for whoever holds the token: every meeting of the person's sessions where they hold
     * a seat (confirmed, and later completed), cancelled sessions and enrolments left out. Empty
     * for an unknown token.
     */
    @PermitAll
    public Optional<String> feed(@NotNull @Size(max = 64) String token) {
        return entityManager.createQuery("SELECT f.personId FROM CalendarFeed f WHERE f.token = :token", Long.class)
                .setParameter("token", token).getResultStream().findFirst()
                .map(person -> publish(person, entityManager.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.session s "
                                + "WHERE e.person.id = :person AND e.status IN :seated AND s.status <> :cancelled "
                                + "ORDER BY s.startsOn", Enrolment.class)
                        .setParameter("person", person).setParameter("seated", SEATED)
                        .setParameter("cancelled", SessionStatus.CANCELLED).getResultList()));
    }

    /** The signed-in person's own confirmed enrolment as a file to import; empty for anything else. */
    public Optional<String> enrolmentFile(long enrolmentId) {
        Long person = currentUser.personId();
        return Optional.ofNullable(entityManager.find(Enrolment.class, enrolmentId))
                .filter(e -> e.getStatus() == EnrolmentStatus.CONFIRMED && e.getPerson().getId().equals(person))
                .map(e -> publish(person, List.of(e)));
    }

    private String publish(long person, List<Enrolment> enrolments) {
        Map<Long, Integer> sequences = entityManager.createQuery(
                        "SELECT i FROM CalendarInvitation i WHERE i.personId = :person", CalendarInvitation.class)
                .setParameter("person", person).getResultStream()
                .collect(Collectors.toMap(CalendarInvitation::getMeetingId, CalendarInvitation::getSequence));
        return CalendarDocument.publish(enrolments.stream().flatMap(e -> MeetingEvent.of(e.getSession()).stream())
                .map(event -> new Published(event, sequences.getOrDefault(event.meetingId(), 0))).toList());
    }

    private long ownPersonId() {
        Long person = currentUser.personId();
        if (person == null) {
            throw new AccessDeniedException();
        }
        return person;
    }
}
