package dk.kompetence.domain.session;

import dk.kompetence.domain.budget.Payer;
import dk.kompetence.domain.catalogue.CourseModule;
import dk.kompetence.domain.catalogue.ModuleStatus;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Hold: one run of a module with its meetings, capacity, deadlines and enrolments. The session
 * decides every enrolment: confirmed while seats are free, otherwise waitlisted first come first
 * served, promoted automatically when a seat frees up before the session starts.
 */
@Entity
@Table(name = "course_session")
public class CourseSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    @Column(name = "enrolment_deadline", nullable = false)
    private LocalDate enrolmentDeadline;

    @Column(name = "cancellation_deadline", nullable = false)
    private LocalDate cancellationDeadline;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status = SessionStatus.PLANNED;

    @Column(length = 300)
    private String educators;

    /** Kroner for the whole session whatever the number of participants (a room, an educator's fee). */
    @Column(name = "fixed_cost", precision = 12, scale = 2)
    private BigDecimal fixedCost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Payer payer = Payer.INSTITUTION;

    /** The external fund (fond, partnerskab) when it pays. */
    @Column(name = "payer_fund", length = 200)
    private String payerFund;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date, startTime")
    private List<Meeting> meetings = new ArrayList<>();

    /** Seats held back for an institution (by id) until its people take them. */
    @ElementCollection
    @CollectionTable(name = "session_reservation", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "institution_id")
    @Column(name = "seats")
    private Map<Long, Integer> reservations = new HashMap<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL)
    @OrderBy("requestedAt, id")
    private List<Enrolment> enrolments = new ArrayList<>();

    @Version
    private long version;

    protected CourseSession() {
    }

    public CourseSession(CourseModule module, String code, int capacity, LocalDate enrolmentDeadline,
                         LocalDate cancellationDeadline, List<MeetingPlan> plan, String educators) {
        this.module = Objects.requireNonNull(module);
        this.code = Objects.requireNonNull(code);
        this.educators = educators;
        if (plan == null || plan.isEmpty()) {
            throw new RuleViolationException(Rule.INVALID_DATES, "Et hold skal have mindst én mødegang");
        }
        plan.forEach(p -> meetings.add(new Meeting(this, p.slot(), p.venue(), p.onlineLink())));
        this.startsOn = plan.stream().map(p -> p.slot().date()).min(Comparator.naturalOrder()).orElseThrow();
        this.endsOn = plan.stream().map(p -> p.slot().date()).max(Comparator.naturalOrder()).orElseThrow();
        changeDeadlines(enrolmentDeadline, cancellationDeadline);
        if (capacity < 1) {
            throw new IllegalArgumentException("Capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /** Who pays and the fixed cost; an external fund must be named, and only then. */
    public void fund(Payer newPayer, String fund, BigDecimal newFixedCost) {
        Objects.requireNonNull(newPayer);
        boolean named = fund != null && !fund.isBlank();
        if ((newPayer == Payer.EXTERNAL_FUND) != named) {
            throw new IllegalArgumentException(newPayer == Payer.EXTERNAL_FUND ? "Name the external fund"
                    : "Only an external fund is named");
        }
        if (newFixedCost != null && newFixedCost.signum() < 0) {
            throw new IllegalArgumentException("A fixed cost is zero or more");
        }
        this.payer = newPayer;
        this.payerFund = named ? fund.strip() : null;
        this.fixedCost = newFixedCost;
    }

    public Payer getPayer() {
        return payer;
    }

    public String getPayerFund() {
        return payerFund;
    }

    public BigDecimal getFixedCost() {
        return fixedCost;
    }

    public void changeDeadlines(LocalDate newEnrolmentDeadline, LocalDate newCancellationDeadline) {
        if (newEnrolmentDeadline.isAfter(startsOn) || newCancellationDeadline.isAfter(startsOn)) {
            throw new RuleViolationException(Rule.INVALID_DATES, "Fristerne skal ligge senest på holdets første dag");
        }
        this.enrolmentDeadline = newEnrolmentDeadline;
        this.cancellationDeadline = newCancellationDeadline;
    }

    /**
     * More seats promote people from the waitlist at once (as far as their seats are funded),
     * until the session starts; fewer seats than are taken is refused.
     */
    public List<Enrolment> changeCapacity(int newCapacity, LocalDate today, SeatFunding funding) {
        if (newCapacity < 1) {
            throw new IllegalArgumentException("Capacity must be at least 1");
        }
        if (newCapacity < seatsTaken) {
            throw new RuleViolationException(Rule.CAPACITY_BELOW_SEATS_TAKEN,
                    "Holdet har allerede " + seatsTaken + " bekræftede deltagere");
        }
        this.capacity = newCapacity;
        refreshFull();
        return today.isBefore(startsOn) ? fillFromWaitlist(funding) : List.of();
    }

    /**
     * Moves a meeting or changes where it takes place. A cancelled or completed session keeps its
     * meetings as they were; the deadlines must still fall on or before the (new) first day.
     */
    public void changeMeeting(long meetingId, MeetingPlan plan) {
        if (status == SessionStatus.CANCELLED || status == SessionStatus.COMPLETED) {
            throw new RuleViolationException(Rule.INVALID_TRANSITION, "Holdet er " + status + "; mødegangene ændres ikke");
        }
        Meeting meeting = meetings.stream().filter(m -> m.getId() != null && m.getId() == meetingId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Meeting " + meetingId + " is not one of session " + code));
        meeting.change(plan.slot(), plan.venue(), plan.onlineLink());
        startsOn = meetings.stream().map(Meeting::getDate).min(Comparator.naturalOrder()).orElseThrow();
        endsOn = meetings.stream().map(Meeting::getDate).max(Comparator.naturalOrder()).orElseThrow();
        changeDeadlines(enrolmentDeadline, cancellationDeadline);
    }

    /** Holds seats back for an institution; seats released from a reservation go to the waitlist. */
    public List<Enrolment> reserve(Institution institution, int seats, SeatFunding funding) {
        if (seats <= 0) {
            reservations.remove(institution.getId());
        } else {
            reservations.put(institution.getId(), seats);
        }
        return fillFromWaitlist(funding);
    }

    public void open() {
        if (status != SessionStatus.PLANNED) {
            throw new RuleViolationException(Rule.INVALID_TRANSITION, "Kun et planlagt hold kan åbnes for tilmelding");
        }
        if (module.getStatus() != ModuleStatus.PUBLISHED) {
            throw new RuleViolationException(Rule.INVALID_TRANSITION, "Modulet er ikke udgivet");
        }
        status = SessionStatus.OPEN;
        refreshFull();
    }

    /** A cancelled session keeps its participants' history; the returned people must be told. */
    public List<Person> cancel(LocalDateTime at) {
        if (status == SessionStatus.CANCELLED || status == SessionStatus.COMPLETED) {
            throw new RuleViolationException(Rule.INVALID_TRANSITION, "Holdet er allerede " + status);
        }
        List<Person> affected = new ArrayList<>();
        for (Enrolment enrolment : enrolments) {
            if (enrolment.getStatus().isActive()) {
                enrolment.cancel(at);
                affected.add(enrolment.getPerson());
            }
        }
        afterChange();
        status = SessionStatus.CANCELLED;
        return affected;
    }

    public void markCompleted(LocalDate today) {
        if (today.isBefore(endsOn) || status == SessionStatus.CANCELLED) {
            throw new RuleViolationException(Rule.INVALID_TRANSITION, "Holdet kan først afsluttes efter sidste mødegang");
        }
        status = SessionStatus.COMPLETED;
    }

    public Enrolment enrol(Person person, Institution institution, PersonCommitments commitments,
                           boolean approvedInAdvance, LocalDate today, LocalDateTime now, String requestedBy) {
        checkCanEnrol(person, commitments, today);
        boolean needsApproval = !approvedInAdvance
                && (module.isApprovalRequired() || (institution != null && institution.isApprovalRequired()));
        EnrolmentStatus outcome = needsApproval ? EnrolmentStatus.REQUESTED : seatOrWaitlist(idOf(institution));
        Enrolment enrolment = new Enrolment(this, person, institution, outcome, now, requestedBy);
        enrolments.add(enrolment);
        afterChange();
        return enrolment;
    }

    /**
     * A leader's team enrolment: pre-approved. ALL_OR_NOTHING refuses the whole team unless every
     * member can have a seat now; SPLIT confirms as many as fit, in the given order, and
     * waitlists the rest.
     */
    public List<Enrolment> enrolTeam(List<TeamMember> team, TeamMode mode, LocalDate today, LocalDateTime now,
                                     String requestedBy) {
        Set<Person> distinct = new HashSet<>();
        for (TeamMember member : team) {
            if (!distinct.add(member.person())) {
                throw new RuleViolationException(Rule.ALREADY_ENROLLED,
                        member.person().getFullName() + " står to gange på holdet");
            }
            checkCanEnrol(member.person(), member.commitments(), today);
        }
        if (mode == TeamMode.ALL_OR_NOTHING && !fitsWholeTeam(team)) {
            throw new RuleViolationException(Rule.NOT_ENOUGH_SEATS, "Der er kun " + freeSeats()
                    + " ledige pladser til et hold på " + team.size() + " personer");
        }
        List<Enrolment> result = new ArrayList<>();
        for (TeamMember member : team) {
            result.add(enrol(member.person(), member.institution(), member.commitments(), true, today, now, requestedBy));
        }
        return result;
    }

    public void approve(Enrolment enrolment, String by, String comment, LocalDate today, LocalDateTime at) {
        requireOwn(enrolment);
        if (!today.isBefore(startsOn)) {
            throw new RuleViolationException(Rule.SESSION_ALREADY_STARTED, "Holdet er startet");
        }
        enrolment.decide(seatOrWaitlist(enrolment.institutionId()), by, comment, at);
        afterChange();
    }

    public void reject(Enrolment enrolment, String by, String comment, LocalDateTime at) {
        requireOwn(enrolment);
        enrolment.decide(EnrolmentStatus.REJECTED, by, comment, at);
    }

    /**
     * Cancels an enrolment. After the cancellation deadline only someone allowed to override
     * (a leader or HR) may cancel a confirmed seat. Returns whoever was promoted to the freed seat:
     * the first on the waitlist whose seat is funded; an unfunded promotion never fails the cancellation.
     */
    public List<Enrolment> cancel(Enrolment enrolment, boolean lateAllowed, LocalDate today, LocalDateTime at,
                                  SeatFunding funding) {
        requireOwn(enrolment);
        if (!today.isBefore(startsOn)) {
            throw new RuleViolationException(Rule.SESSION_ALREADY_STARTED, "Holdet er startet; registrér i stedet udeblivelse");
        }
        boolean heldSeat = enrolment.getStatus() == EnrolmentStatus.CONFIRMED;
        if (heldSeat && today.isAfter(cancellationDeadline) && !lateAllowed) {
            throw new RuleViolationException(Rule.CANCELLATION_DEADLINE_PASSED,
                    "Afmeldingsfristen var " + cancellationDeadline);
        }
        enrolment.cancel(at);
        afterChange();
        return heldSeat ? fillFromWaitlist(funding) : List.of();
    }

    public void complete(Enrolment enrolment, LocalDate on, BigDecimal hours, String by, LocalDate today) {
        requireOwn(enrolment);
        requireStarted(today);
        if (on.isBefore(startsOn) || on.isAfter(today)) {
            throw new RuleViolationException(Rule.INVALID_DATES, "Gennemførelsesdatoen skal ligge mellem holdets start og i dag");
        }
        enrolment.complete(on, hours == null ? module.getHours() : hours, by);
        afterChange();
    }

    public void markNoShow(Enrolment enrolment, String by, LocalDate today) {
        requireOwn(enrolment);
        requireStarted(today);
        enrolment.markNoShow(by);
    }

    /** Free seats for someone from the given institution: other institutions' unused reservations are not free. */
    public int freeSeatsFor(Long institutionId) {
        int heldForOthers = reservations.entrySet().stream()
                .filter(r -> !r.getKey().equals(institutionId))
                .mapToInt(r -> Math.max(0, r.getValue() - seatsHeldBy(r.getKey())))
                .sum();
        return Math.max(0, capacity - seatsTaken - heldForOthers);
    }

    public int freeSeats() {
        return freeSeatsFor(null);
    }

    /** 1-based place on the waitlist, or empty when the enrolment is not waitlisted. */
    public Optional<Integer> waitlistPosition(Enrolment enrolment) {
        List<Enrolment> waitlist = waitlisted();
        int index = waitlist.indexOf(enrolment);
        return index < 0 ? Optional.empty() : Optional.of(index + 1);
    }

    /** What the session is right now: running once it has started, unless it ended otherwise. */
    public SessionStatus statusOn(LocalDate today) {
        if (status == SessionStatus.CANCELLED || status == SessionStatus.COMPLETED || status == SessionStatus.PLANNED) {
            return status;
        }
        return today.isBefore(startsOn) ? status : SessionStatus.RUNNING;
    }

    public List<TimeSlot> slots() {
        return meetings.stream().map(Meeting::slot).toList();
    }

    private void checkCanEnrol(Person person, PersonCommitments commitments, LocalDate today) {
        if (status != SessionStatus.OPEN && status != SessionStatus.FULL) {
            throw new RuleViolationException(Rule.SESSION_NOT_OPEN, "Holdet er ikke åbent for tilmelding");
        }
        if (!today.isBefore(startsOn)) {
            throw new RuleViolationException(Rule.SESSION_ALREADY_STARTED, "Holdet er startet");
        }
        if (today.isAfter(enrolmentDeadline)) {
            throw new RuleViolationException(Rule.ENROLMENT_DEADLINE_PASSED, "Tilmeldingsfristen var " + enrolmentDeadline);
        }
        if (!person.isActiveOn(today) || !person.isActiveOn(startsOn)) {
            throw new RuleViolationException(Rule.PERSON_NOT_ACTIVE,
                    person.getFullName() + " er ikke ansat, når holdet starter");
        }
        if (commitments.activeModuleIds().contains(module.getId()) || hasActiveEnrolment(person)) {
            throw new RuleViolationException(Rule.ALREADY_ENROLLED,
                    person.getFullName() + " er allerede tilmeldt " + module.getTitle());
        }
        for (TimeSlot slot : slots()) {
            if (commitments.busySlots().stream().anyMatch(slot::overlaps)) {
                throw new RuleViolationException(Rule.OVERLAPPING_MEETINGS,
                        person.getFullName() + " er optaget " + slot.date() + " kl. " + slot.start() + "-" + slot.end());
            }
        }
        List<String> missing = module.getPrerequisites().stream()
                .filter(p -> !commitments.validCompletedModuleIds().contains(p.getId()))
                .map(CourseModule::getTitle).sorted().toList();
        if (!missing.isEmpty()) {
            throw new RuleViolationException(Rule.PREREQUISITE_MISSING, "Forudsætter " + String.join(", ", missing));
        }
    }

    /** Gives the team its seats on paper, one by one, as enrol would: does everyone get one? */
    private boolean fitsWholeTeam(List<TeamMember> team) {
        int unreserved = capacity - seatsTaken;
        Map<Long, Integer> heldBack = new HashMap<>();
        reservations.forEach((institutionId, seats) ->
                heldBack.put(institutionId, Math.max(0, seats - seatsHeldBy(institutionId))));
        for (TeamMember member : team) {
            Long own = idOf(member.institution());
            int heldForOthers = heldBack.entrySet().stream().filter(r -> !r.getKey().equals(own))
                    .mapToInt(Map.Entry::getValue).sum();
            if (unreserved - heldForOthers <= 0) {
                return false;
            }
            unreserved--;
            heldBack.computeIfPresent(own, (id, seats) -> Math.max(0, seats - 1));
        }
        return true;
    }

    private boolean hasActiveEnrolment(Person person) {
        return enrolments.stream().anyMatch(e -> e.getStatus().isActive() && e.getPerson().equals(person));
    }

    private EnrolmentStatus seatOrWaitlist(Long institutionId) {
        return freeSeatsFor(institutionId) > 0 ? EnrolmentStatus.CONFIRMED : EnrolmentStatus.WAITLISTED;
    }

    private List<Enrolment> fillFromWaitlist(SeatFunding funding) {
        List<Enrolment> promoted = new ArrayList<>();
        for (Enrolment candidate : waitlisted()) {
            if (freeSeatsFor(candidate.institutionId()) > 0 && funding.funds(candidate)) {
                candidate.promote();
                afterChange();
                promoted.add(candidate);
            }
        }
        return promoted;
    }

    /** The waitlist in the order seats are offered. */
    public List<Enrolment> waitlisted() {
        return enrolments.stream().filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(Enrolment::getRequestedAt)).toList();
    }

    private int seatsHeldBy(Long institutionId) {
        return (int) enrolments.stream()
                .filter(e -> e.getStatus().holdsSeat() && institutionId.equals(e.institutionId())).count();
    }

    private void afterChange() {
        seatsTaken = (int) enrolments.stream().filter(e -> e.getStatus().holdsSeat()).count();
        refreshFull();
    }

    private void refreshFull() {
        if (status == SessionStatus.OPEN && seatsTaken >= capacity) {
            status = SessionStatus.FULL;
        } else if (status == SessionStatus.FULL && seatsTaken < capacity) {
            status = SessionStatus.OPEN;
        }
    }

    private void requireStarted(LocalDate today) {
        if (today.isBefore(startsOn)) {
            throw new RuleViolationException(Rule.SESSION_NOT_STARTED, "Holdet er ikke startet endnu");
        }
    }

    private void requireOwn(Enrolment enrolment) {
        if (enrolment.getSession() != this) {
            throw new IllegalArgumentException("Enrolment " + enrolment.getId() + " belongs to another session");
        }
    }

    private static Long idOf(Institution institution) {
        return institution == null ? null : institution.getId();
    }

    public Long getId() {
        return id;
    }

    public CourseModule getModule() {
        return module;
    }

    public String getCode() {
        return code;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public LocalDate getEnrolmentDeadline() {
        return enrolmentDeadline;
    }

    public LocalDate getCancellationDeadline() {
        return cancellationDeadline;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getEducators() {
        return educators;
    }

    public List<Meeting> getMeetings() {
        return Collections.unmodifiableList(meetings);
    }

    public Map<Long, Integer> getReservations() {
        return Collections.unmodifiableMap(reservations);
    }

    public List<Enrolment> getEnrolments() {
        return Collections.unmodifiableList(enrolments);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CourseSession that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
