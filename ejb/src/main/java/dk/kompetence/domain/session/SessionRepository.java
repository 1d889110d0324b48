package dk.kompetence.domain.session;

import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Optional;

public interface SessionRepository {

    Optional<CourseSession> find(long id);

    /**
     * The session, locked until the transaction ends: enrolments on one session are decided one
     * at a time, so the last seats can never be given twice.
     */
    Optional<CourseSession> findForUpdate(long id);

    Page<CourseSession> search(SessionSearch search, PageRequest page, LocalDate today);

    void add(CourseSession session);

    Optional<Enrolment> findEnrolment(long id);

    Page<Enrolment> enrolments(EnrolmentSearch search, PageRequest page);

    /** The person's other active enrolments and valid completions, for the enrolment rules. */
    PersonCommitments commitmentsOf(Person person, LocalDate today);
}
