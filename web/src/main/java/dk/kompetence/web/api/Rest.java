package dk.kompetence.web.api;

import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.web.api.problem.InvalidParameterException;
import dk.kompetence.web.api.problem.PreconditionRequiredException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Translations the resources share: query parameters, paging, ETags and Location headers. */
final class Rest {

    static final String DEFAULT_SIZE = "20";

    private Rest() {
    }

    static PageRequest page(String page, String size, String sort) {
        return new PageRequest(integer("page", page, 0), integer("size", size, 20), sort);
    }

    static <E extends Enum<E>> E enumParam(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "ukendt værdi '" + value + "'; mulige værdier: "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "skal være et heltal");
        }
    }

    /** A year parameter; this year when left out. */
    static int year(String value, Clock clock) {
        return value == null || value.isBlank() ? LocalDate.now(clock).getYear() : id("year", value).intValue();
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "skal være en dato som 2026-11-25");
        }
    }

    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidParameterException(name, "skal være true eller false");
        }
        return Boolean.parseBoolean(value);
    }

    static Response withVersion(Object entity, long version) {
        return Response.ok(entity).tag(new EntityTag(String.valueOf(version))).build();
    }

    static Response created(UriInfo uri, long id, Object entity, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(entity).tag(new EntityTag(String.valueOf(version))).build();
    }

    /** The version an update is based on, from If-Match: "3", W/"3" or 3. */
    static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("If-Match", "skal være en ETag fra et tidligere svar");
        }
    }

    private static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "skal være et heltal");
        }
    }
}
