package dk.kompetence.application;

import dk.kompetence.domain.calendar.CalendarDocument;
import dk.kompetence.domain.calendar.CalendarDocument.Party;
import dk.kompetence.domain.calendar.CalendarInvitation;
import dk.kompetence.domain.calendar.CalendarMethod;
import dk.kompetence.domain.calendar.MeetingEvent;
import dk.kompetence.domain.notification.Notification;
import dk.kompetence.domain.notification.NotificationRepository;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.session.CourseSession;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.SessionStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps people's calendars in step with their enrolments: after any change to a session or its
 * enrolments, everyone with a seat gets an invitation (REQUEST) for each meeting they do not have
 * yet or that changed, with a higher SEQUENCE; whoever lost their seat, or was on a cancelled
 * session, gets a CANCEL of the same UID. The messages go into the outbox in the caller's
 * transaction, one meeting per mail, and only to people with an e-mail address.
 */
@ApplicationScoped
public class CalendarInvitations {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d.M.yyyy", DANISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", DANISH);
    private static final String ORGANIZER_NAME = "Kompetenceudvikling";
    private static final int SUBJECT_LENGTH = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    NotificationRepository notifications;

    /** The sender of the mails is the organizer of the meetings, so replies and questions reach the same place. */
    @Resource(lookup = "java:jboss/mail/Kompetence")
    Session mail;

    public void refresh(CourseSession session, LocalDateTime at) {
        List<MeetingEvent> events = MeetingEvent.of(session);
        Map<Person, Boolean> seated = new LinkedHashMap<>();
        for (Enrolment enrolment : session.getEnrolments()) {
            boolean seat = session.getStatus() != SessionStatus.CANCELLED && enrolment.getStatus().holdsSeat();
            seated.merge(enrolment.getPerson(), seat, Boolean::logicalOr);
        }
        Map<CalendarInvitation.Key, CalendarInvitation> sent = entityManager.createQuery(
                        "SELECT i FROM CalendarInvitation i WHERE i.meetingId IN :meetings", CalendarInvitation.class)
                .setParameter("meetings", events.stream().map(MeetingEvent::meetingId).toList()).getResultList().stream()
                .collect(Collectors.toMap(i -> new CalendarInvitation.Key(i.getPersonId(), i.getMeetingId()),
                        Function.identity()));
        String cancelled = session.getStatus() == SessionStatus.CANCELLED ? "Holdet er aflyst"
                : "Din tilmelding er afmeldt";
        seated.forEach((person, wanted) -> events.forEach(event -> {
            CalendarInvitation invitation = sent.get(new CalendarInvitation.Key(person.getId(), event.meetingId()));
            if (invitation == null && wanted) {
                invitation = new CalendarInvitation(person.getId(), event);
                entityManager.persist(invitation);
                send(person, CalendarMethod.REQUEST, false, event, invitation.getSequence(), cancelled, at);
            } else if (invitation != null) {
                boolean hadIt = invitation.isInvited();
                CalendarInvitation current = invitation;
                invitation.bringUpToDate(event, wanted).ifPresent(method ->
                        send(person, method, hadIt, event, current.getSequence(), cancelled, at));
            }
        }));
    }

    private void send(Person person, CalendarMethod method, boolean update, MeetingEvent event, int sequence,
                      String whyCancelled, LocalDateTime at) {
        if (person.getEmail() == null || person.getEmail().isBlank()) {
            return;
        }
        String when = DAY.format(event.date()) + " kl. " + TIME.format(event.start()) + "-" + TIME.format(event.end());
        String where = event.place() == null ? "" : ", " + event.place();
        String session = event.title() + ", " + CalendarDocument.description(event).replace("\n", ", ");
        String subject;
        String body;
        if (method == CalendarMethod.CANCEL) {
            subject = "Aflyst: ";
            body = whyCancelled + ": " + session + ", " + when + where + ".\nMødet fjernes fra din kalender.";
        } else {
            subject = update ? "Ændret: " : "Invitation: ";
            body = (update ? "Tid eller sted er ændret: " : "Du har en plads: ") + session + ", " + when + where
                    + ".\nMødet er vedhæftet som kalenderinvitation.";
        }
        String date = " " + SHORT_DAY.format(event.date());
        subject += abbreviated(event.title(), SUBJECT_LENGTH - subject.length() - date.length()) + date;
        String iCalendar = CalendarDocument.message(method, event, sequence, organizer(),
                new Party(person.getEmail(), person.getFullName()));
        notifications.add(Notification.calendar(person, subject, body, method, iCalendar, at));
    }

    private static String abbreviated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private Party organizer() {
        String from = mail.getProperty("mail.from");
        return new Party(from == null || from.isBlank() ? "kompetence@localhost" : from, ORGANIZER_NAME);
    }
}
