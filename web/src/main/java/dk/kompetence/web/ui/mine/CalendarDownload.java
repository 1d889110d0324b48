package dk.kompetence.web.ui.mine;

import dk.kompetence.application.CalendarService;
import dk.kompetence.domain.calendar.CalendarDocument;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /mine/calendar/{enrolment}.ics: the calendar file of the signed-in person's own confirmed
 * enrolment. Anything else (someone else's enrolment, a waitlisted or cancelled one, nobody
 * signed in) is answered 404, so the address reveals nothing about other people.
 */
@WebServlet("/mine/calendar/*")
public class CalendarDownload extends HttpServlet {

    private static final Pattern FILE = Pattern.compile("/(\\d{1,18})\\.ics");

    @Inject
    transient CalendarService calendars;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<String> body = file.matches() ? calendars.enrolmentFile(Long.parseLong(file.group(1))) : Optional.empty();
        if (body.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(CalendarDocument.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"kompetence-" + file.group(1) + ".ics\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getWriter().write(body.get());
    }
}
