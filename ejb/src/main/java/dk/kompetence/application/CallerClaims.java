package dk.kompetence.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The single sign-on claims of the request's caller, handed over by the web module for the length of
 * one request (the token is the source; nothing of it is stored). Empty after a password sign-in.
 */
@RequestScoped
public class CallerClaims {

    private SignInClaims claims;

    public void set(SignInClaims claims) {
        this.claims = claims;
    }

    public Optional<SignInClaims> get() {
        return Optional.ofNullable(claims);
    }
}
