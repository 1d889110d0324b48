package dk.kompetence.web.ui.mine;

import dk.kompetence.application.EnrolmentService;
import dk.kompetence.application.AccessDeniedException;
import dk.kompetence.application.UnknownEntityException;
import dk.kompetence.domain.session.CourseSession;
import dk.kompetence.domain.session.Enrolment;
import dk.kompetence.domain.session.EnrolmentStatus;
import dk.kompetence.web.ui.LanguageSelection;
import dk.kompetence.web.ui.Persona;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /calendar/{enrolment}.ics: the calendar file of the signed-in employee's own confirmed
 * enrolment. Anything else (someone else's enrolment, a waitlisted or cancelled one, nobody
 * signed in) is answered 404, so the address reveals nothing about other people.
 */
@WebServlet("/calendar/*")
public class CalendarDownload extends HttpServlet {

    private static final Pattern FILE = Pattern.compile("/(\\d{1,18})\\.ics");

    @Inject
    transient EnrolmentService enrolments;

    @Inject
    transient Persona persona;

    @Inject
    transient LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Enrolment> enrolment = ownConfirmedEnrolment(request.getPathInfo());
        if (enrolment.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CourseSession session = enrolment.get().getSession();
        String description = MessageFormat.format(ResourceBundle.getBundle("dk.kompetence.web.messages",
                language.getLocale()).getString("calendar.description"), session.getCode());
        String body = CalendarFile.of(enrolment.get().getId(), session.getModule().getTitle(), description,
                session.getMeetings().stream().map(m -> new CalendarFile.Event(m.getId(), m.getDate(),
                        m.getStartTime(), m.getEndTime(), m.getVenue(), m.getOnlineLink())).toList());
        response.setContentType(CalendarFile.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"kompetence-" + enrolment.get().getId() + ".ics\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getWriter().write(body);
    }

    private Optional<Enrolment> ownConfirmedEnrolment(String path) {
        Matcher file = FILE.matcher(path == null ? "" : path);
        if (!file.matches() || !persona.is("EMPLOYEE") || persona.getPersonId() == null) {
            return Optional.empty();
        }
        try {
            Enrolment enrolment = enrolments.enrolment(Long.parseLong(file.group(1)));
            return enrolment.getStatus() == EnrolmentStatus.CONFIRMED
                    && persona.getPersonId().equals(enrolment.getPerson().getId()) ? Optional.of(enrolment) : Optional.empty();
        } catch (UnknownEntityException | AccessDeniedException e) {
            // Someone else's enrolment is answered like a missing one: its existence is not told.
            return Optional.empty();
        }
    }
}
