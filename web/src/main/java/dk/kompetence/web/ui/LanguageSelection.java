package dk.kompetence.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The user's language. Danish unless the user picks English on a page: staff are Danish, so the
 * browser's Accept-Language (often English on municipal PCs) does not decide.
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final Set<String> SUPPORTED = Set.of("da", "en");

    private Locale locale = DANISH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void choose(String language) {
        if (SUPPORTED.contains(language)) {
            locale = "da".equals(language) ? DANISH : Locale.forLanguageTag("en-GB");
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
    }
}
