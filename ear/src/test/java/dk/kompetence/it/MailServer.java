package dk.kompetence.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * GreenMail, the SMTP server the application under test mails to. It must be listening before
 * Arquillian starts the shared server and until the last test class is done, so it is started
 * when the JUnit launcher session opens (registered in META-INF/services), not by a test class.
 * Its port is 3025 + port.offset, like the server's own ports, so checkouts side by side do not
 * collide; arquillian.xml hands it to the server as kompetence.smtp.port.
 */
public class MailServer implements LauncherSessionListener {

    private static final int BASE_PORT = 3025;
    private static GreenMail greenMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    /** What the tests read the received mails from. */
    public static synchronized GreenMail greenMail() {
        if (greenMail == null) {
            throw new IllegalStateException("GreenMail runs only inside the integration tests' JUnit launcher session");
        }
        return greenMail;
    }

    private static synchronized void start() {
        if (greenMail == null) {
            int port = BASE_PORT + Integer.getInteger("port.offset", 0);
            System.setProperty("kompetence.smtp.port", Integer.toString(port));
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    private static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
