package dk.kompetence.web.ui;

import dk.kompetence.domain.catalogue.Approach;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Multi-selects bind to a List, whose element type Faces cannot see: convert approaches by name. */
@FacesConverter("approachConverter")
public class ApproachConverter implements Converter<Approach> {

    @Override
    public Approach getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Approach.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Approach value) {
        return value == null ? "" : value.name();
    }
}
