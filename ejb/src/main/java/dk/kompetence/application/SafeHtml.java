package dk.kompetence.application;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Text that external educators write (module descriptions) may carry simple formatting and links,
 * never scripts, event handlers or styles: OWASP's sanitizer removes everything else on the way in.
 */
final class SafeHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "ul", "ol", "li", "a")
            .allowUrlProtocols("https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelNofollowOnLinks()
            .toFactory();

    private SafeHtml() {
    }

    static String sanitise(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
