package dk.kompetence.application;

import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;

/** Optimistic locking for editors: an update names the version it was based on. */
final class Versions {

    private Versions() {
    }

    static void check(String what, long current, long expected) {
        if (current != expected) {
            throw new RuleViolationException(Rule.STALE_VERSION, what + " er ændret af en anden siden version "
                    + expected + " (nu version " + current + "). Hent den igen og gentag ændringen.");
        }
    }
}
