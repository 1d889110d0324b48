package dk.kompetence.web.api;

import dk.kompetence.web.api.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a request body over 10 MB before anything reads it, with a 413 problem the client can
 * act on. The server's own limit (max-post-size in configure-server.cli) is set 1 MB higher as the
 * hard ceiling: Undertow trips over it while still parsing the request and can only answer a bare
 * 400 and close the connection. A body sent without a Content-Length meets only that ceiling.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "urn:kompetence:problem:too-large", "Forespørgslen er for stor",
                    "Indholdet må højst fylde 10 MB."));
        }
    }
}
