package dk.kompetence.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request body and response. Without a resolver RESTEasy builds a
 * new Jsonb for each request (service loader look-ups through the module class loader) and so
 * introspects the view classes again every time: a fifth of the server's time on a signed-in
 * /api/v1/me or one-institution coverage request. Yasson's Jsonb is thread-safe and keeps its
 * class models; the default configuration is the one RESTEasy used.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
