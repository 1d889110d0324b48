package dk.kompetence.domain.session;

public record EnrolmentSearch(Long personId, Long sessionId, Long institutionId, EnrolmentStatus status) {
}
