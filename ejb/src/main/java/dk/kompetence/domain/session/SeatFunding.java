package dk.kompetence.domain.session;

/**
 * Whether the seat a waitlisted enrolment is about to be promoted to can be paid for: the session
 * asks before each promotion, and a candidate whose payer refuses (a BLOCK budget that would be
 * exceeded) stays on the waitlist, keeping their place, while the seat goes to the next in line.
 */
@FunctionalInterface
public interface SeatFunding {

    boolean funds(Enrolment candidate);
}
