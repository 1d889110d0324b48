package dk.kompetence.web.ui;

import dk.kompetence.application.UnknownEntityException;
import dk.kompetence.domain.shared.RuleViolationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

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
        try {
            return action.get();
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> fieldMessage(v, formId, fieldInputs));
        } catch (RuleViolationException | UnknownEntityException e) {
            error(null, e.getMessage());
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
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

    private static void fieldMessage(ConstraintViolation<?> violation, String formId, Map<String, String> inputs) {
        String field = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(n -> n.getKind() == ElementKind.PROPERTY).map(Path.Node::getName)
                .findFirst().orElse("");
        String input = inputs.get(field);
        if (input == null) {
            error(null, violation.getMessage());
            return;
        }
        String clientId = formId + jakarta.faces.component.UINamingContainer.getSeparatorChar(FacesContext.getCurrentInstance()) + input;
        UIComponent component = FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId);
        if (component instanceof jakarta.faces.component.UIInput uiInput) {
            uiInput.setValid(false);
        }
        error(clientId, violation.getMessage());
    }
}
