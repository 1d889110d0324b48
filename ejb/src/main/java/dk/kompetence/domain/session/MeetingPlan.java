package dk.kompetence.domain.session;

/** A meeting as planned by the provider, before it belongs to a session. */
public record MeetingPlan(TimeSlot slot, String venue, String onlineLink) {
}
