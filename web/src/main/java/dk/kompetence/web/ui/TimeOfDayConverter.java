package dk.kompetence.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day as Danes write it: 9:30, 09:30, 09.30 or 0930. A plain text field with this
 * converter is quicker to type into than a time picker, and works the same on a phone.
 */
@FacesConverter("timeOfDay")
public class TimeOfDayConverter implements Converter<LocalTime> {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.]?(\\d{2})");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    public LocalTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher time = TIME.matcher(value.strip());
        try {
            if (time.matches()) {
                return LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            // 25:00 or 09:75: refused below like any other text
        }
        String message = Messages.text("invalid.time");
        throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
        return value == null ? "" : SHOWN.format(value);
    }
}
