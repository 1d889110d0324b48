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
 * /calendar/{token}.ics: a person's calendar feed (kalenderabonnement) for calendar programs,
 * which cannot sign in: the secret token in the address is the only key. Open to everyone (no
 * role), and anything but a current token is answered with the same 404 as a missing page.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final Pattern FEED = Pattern.compile("/([A-Za-z0-9_-]{43,64})\\.ics");

    @Inject
    transient CalendarService calendars;

    /** The feed's address below the application's context path. */
    public static String path(String token) {
        return "/calendar/" + token + ".ics";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher feed = FEED.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<String> body = feed.matches() ? calendars.feed(feed.group(1)) : Optional.empty();
        if (body.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(CalendarDocument.CONTENT_TYPE);
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("X-Robots-Tag", "noindex");
        response.getWriter().write(body.get());
    }
}
