package dk.kompetence.web.ui;

import dk.kompetence.application.UnknownEntityException;
import dk.kompetence.domain.shared.RuleViolationException;
import dk.kompetence.web.DatabaseConstraint;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a page action against a service and turns what the service refuses into messages: a
 * validation error next to the field it concerns, a broken rule at the top of the form. The
 * rules live in the services; the pages only show their answers.
 */
public final class Messages {

    private Messages() {
    }

    /** fieldInputs: the service's field name → the id of the input on the page (within the form). */
    public static <T> T attempt(Supplier<T> action, String formId, Map<String, String> fieldInputs) {
        return attempt(action, formId, path -> fieldInputs.get(path.split("[.\\[]", 2)[0]));
    }

    /**
     * inputOf: the field's path as the service names it ("code", "meetings[1].end", "lines[0].hours")
     * → the id of the input within the form ("code", "meetings:1:end"), or null for the top of the form.
     */
    public static <T> T attempt(Supplier<T> action, String formId, Function<String, String> inputOf) {
        try {
            return action.get();
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> fieldMessage(v, formId, inputOf));
        } catch (RuleViolationException | UnknownEntityException e) {
            error(null, e.getMessage());
        } catch (EJBException e) {
            error(null, text(causeKey(e)));
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    public static void warn(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, text(key, arguments), null));
    }

    public static void error(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : java.text.MessageFormat.format(pattern, arguments);
    }

    private static void fieldMessage(ConstraintViolation<?> violation, String formId, Function<String, String> inputOf) {
        String input = inputOf.apply(fieldPath(violation.getPropertyPath()));
        String message = inViewLanguage(violation);
        if (input == null) {
            error(null, message);
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        String clientId = formId + UINamingContainer.getSeparatorChar(context) + input;
        // invokeOnComponent, not findComponent: it also reaches inputs in a row of a repeat or table.
        context.getViewRoot().invokeOnComponent(context, clientId, (ctx, component) -> {
            if (component instanceof UIInput uiInput) {
                uiInput.setValid(false);
            }
        });
        error(clientId, message);
    }

    /**
     * The services validate in Danish, the product's language. For a page shown in English the
     * message is looked up again by its template key in the web module's English texts, with the
     * constraint's attributes ({min}, {max}, {value}) filled in.
     */
    static String inViewLanguage(ConstraintViolation<?> violation) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!"en".equals(context.getViewRoot().getLocale().getLanguage())) {
            return violation.getMessage();
        }
        return english(violation.getMessageTemplate(), violation.getConstraintDescriptor().getAttributes())
                .orElse(violation.getMessage());
    }

    static java.util.Optional<String> english(String template, Map<String, Object> attributes) {
        ResourceBundle english = ResourceBundle.getBundle("dk.kompetence.web.validation", java.util.Locale.ENGLISH);
        String key = template.replaceAll("^\\{|\\}$", "");
        if (!english.containsKey(key)) {
            return java.util.Optional.empty();
        }
        String text = english.getString(key);
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        return java.util.Optional.of(text);
    }

    /** The property nodes of a path with the index of list elements: "meetings[1].end". */
    static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() != ElementKind.PROPERTY) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.toString();
    }

    /**
     * Two system failures are the user's to resolve, not ours: a code or number already in use (a
     * database constraint) and a concurrent edit. Anything else goes on to the error page.
     */
    private static String causeKey(EJBException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (DatabaseConstraint.violatedBy(cause)) {
                return "error.duplicate";
            }
            if (cause instanceof OptimisticLockException) {
                return "error.stale";
            }
        }
        throw exception;
    }
}
