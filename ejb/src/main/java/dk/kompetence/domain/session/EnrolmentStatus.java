package dk.kompetence.domain.session;

import java.util.EnumSet;
import java.util.Set;

/** Anmodet (afventer godkendelse), bekræftet, venteliste, gennemført, udeblevet, afmeldt, afvist. */
public enum EnrolmentStatus {
    REQUESTED,
    CONFIRMED,
    WAITLISTED,
    COMPLETED,
    NO_SHOW,
    CANCELLED,
    REJECTED;

    private static final Set<EnrolmentStatus> ACTIVE = EnumSet.of(REQUESTED, CONFIRMED, WAITLISTED);
    private static final Set<EnrolmentStatus> HOLDING_A_SEAT = EnumSet.of(CONFIRMED, COMPLETED, NO_SHOW);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    /** A no-show keeps the seat it held: nobody else could use it. */
    public boolean holdsSeat() {
        return HOLDING_A_SEAT.contains(this);
    }
}
