package dk.kompetence.application;

import dk.kompetence.domain.notification.Notification;
import dk.kompetence.domain.notification.NotificationRepository;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.session.CourseSession;
import dk.kompetence.domain.session.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;

/** Writes the messages people must get about their enrolments into the outbox, in the same transaction. */
@ApplicationScoped
public class Notifier {

    @Inject
    NotificationRepository notifications;

    public void promoted(List<Enrolment> promoted, LocalDateTime at) {
        for (Enrolment enrolment : promoted) {
            CourseSession session = enrolment.getSession();
            notifications.add(new Notification(enrolment.getPerson(), "Du har fået plads: " + session.getModule().getTitle(),
                    "Der er blevet en plads ledig på holdet " + session.getCode() + ", som starter "
                            + session.getStartsOn() + ". Din tilmelding er nu bekræftet.", at));
        }
    }

    public void decided(Enrolment enrolment, LocalDateTime at) {
        CourseSession session = enrolment.getSession();
        String outcome = switch (enrolment.getStatus()) {
            case CONFIRMED -> "er godkendt, og du har en plads";
            case WAITLISTED -> "er godkendt; du står på venteliste";
            case REJECTED -> "er afvist";
            default -> "er ændret";
        };
        String comment = enrolment.getDecisionComment() == null ? "" : " Kommentar: " + enrolment.getDecisionComment();
        notifications.add(new Notification(enrolment.getPerson(), "Din tilmelding til " + session.getModule().getTitle(),
                "Din tilmelding til holdet " + session.getCode() + " " + outcome + "." + comment, at));
    }

    public void sessionCancelled(CourseSession session, List<Person> affected, LocalDateTime at) {
        for (Person person : affected) {
            notifications.add(new Notification(person, "Aflyst: " + session.getModule().getTitle(),
                    "Holdet " + session.getCode() + ", som skulle starte " + session.getStartsOn()
                            + ", er aflyst. Din tilmelding er annulleret.", at));
        }
    }
}
