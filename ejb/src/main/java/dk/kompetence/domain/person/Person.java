package dk.kompetence.domain.person;

import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionType;
import dk.kompetence.domain.shared.Rule;
import dk.kompetence.domain.shared.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An employee (from payroll) or a volunteer (minimal data: name, contact, consent date).
 * No CPR number is ever stored: nothing in this product needs it.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PersonKind kind;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(length = 254)
    private String email;

    @Column(length = 30)
    private String phone;

    @Column(name = "employee_number", unique = true, length = 20)
    private String employeeNumber;

    /** The employee's id in the payroll system (KMD Opus, SD Løn), by which imports find them. */
    @Column(name = "payroll_id", unique = true, length = 40)
    private String payrollId;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_role", length = 30)
    private JobRole jobRole;

    @Column(name = "hire_date")
    private LocalDate hireDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startDate")
    private List<Membership> memberships = new ArrayList<>();

    @Version
    private long version;

    protected Person() {
    }

    private Person(PersonKind kind, String firstName, String lastName) {
        this.kind = kind;
        rename(firstName, lastName);
    }

    public static Person employee(String firstName, String lastName, String employeeNumber, JobRole role,
                                  LocalDate hireDate) {
        Person person = new Person(PersonKind.EMPLOYEE, firstName, lastName);
        person.employeeNumber = employeeNumber;
        person.jobRole = Objects.requireNonNull(role);
        person.hireDate = Objects.requireNonNull(hireDate);
        return person;
    }

    public static Person volunteer(String firstName, String lastName, LocalDate consentDate) {
        Person person = new Person(PersonKind.VOLUNTEER, firstName, lastName);
        person.consentDate = Objects.requireNonNull(consentDate);
        return person;
    }

    public void rename(String newFirstName, String newLastName) {
        this.firstName = Objects.requireNonNull(newFirstName);
        this.lastName = Objects.requireNonNull(newLastName);
    }

    public void contact(String newEmail, String newPhone) {
        this.email = newEmail;
        this.phone = newPhone;
    }

    public void identifyInPayroll(String id) {
        if (kind == PersonKind.VOLUNTEER) {
            throw new RuleViolationException(Rule.INVALID_TRANSITION, "En frivillig står ikke i lønsystemet");
        }
        this.payrollId = Objects.requireNonNull(id);
    }

    public void changeRole(JobRole role) {
        if (kind == PersonKind.VOLUNTEER && role != null) {
            throw new RuleViolationException(Rule.INVALID_TRANSITION, "En frivillig har ingen stilling");
        }
        if (kind == PersonKind.EMPLOYEE) {
            this.jobRole = Objects.requireNonNull(role);
        }
    }

    public Membership join(Institution institution, LocalDate from, BigDecimal fte) {
        if (kind == PersonKind.VOLUNTEER && institution.getType() != InstitutionType.ASSOCIATION) {
            throw new RuleViolationException(Rule.INVALID_TRANSITION, "Frivillige tilknyttes en forening");
        }
        BigDecimal workingTime = kind == PersonKind.VOLUNTEER ? null : fte == null ? BigDecimal.ONE : fte;
        Membership membership = new Membership(this, institution, from, workingTime);
        memberships.add(membership);
        return membership;
    }

    /**
     * Moves to another institution or working time from that day: the memberships still running
     * then end the day before. A change dated before the newest membership began is refused (an
     * older payroll file); one on the same day replaces that membership (a correction).
     */
    public Membership moveTo(Institution institution, LocalDate from, BigDecimal fte) {
        if (endDate != null && endDate.isBefore(from)) {
            throw new RuleViolationException(Rule.INVALID_DATES, "Personen er fratrådt før " + from);
        }
        memberships.stream().map(Membership::getStartDate).filter(start -> start.isAfter(from)).findAny()
                .ifPresent(later -> {
                    throw new RuleViolationException(Rule.INVALID_DATES,
                            "Ændringen pr. " + from + " ligger før en senere tilknytning (" + later + ")");
                });
        memberships.removeIf(m -> m.getStartDate().equals(from));
        memberships.stream().filter(m -> m.getEndDate() == null || !m.getEndDate().isBefore(from))
                .forEach(m -> m.endOn(from.minusDays(1)));
        Membership membership = join(institution, from, fte);
        if (endDate != null) {
            membership.endOn(endDate);
        }
        return membership;
    }

    /** The membership that counts on that day: the newest active one, else the newest still open. */
    public Optional<Membership> membershipOn(LocalDate date) {
        Comparator<Membership> newest = Comparator.comparing(Membership::getStartDate);
        return memberships.stream().filter(m -> m.isActiveOn(date)).max(newest)
                .or(() -> memberships.stream().filter(m -> m.getEndDate() == null).max(newest));
    }

    /** A leaver keeps their history: memberships end, nothing is deleted. */
    public void leave(LocalDate lastDay) {
        if (hireDate != null && lastDay.isBefore(hireDate)) {
            throw new RuleViolationException(Rule.INVALID_DATES, "Fratrædelsesdato ligger før ansættelsesdato");
        }
        this.endDate = lastDay;
        memberships.forEach(m -> m.endOn(lastDay));
    }

    /**
     * GDPR erasure for someone who has left: the name, contact details and payroll number go, the
     * history stays as an anonymous person so coverage counts of the past remain right.
     */
    public void pseudonymise(LocalDate today) {
        if (kind == PersonKind.EMPLOYEE && (endDate == null || !endDate.isBefore(today))) {
            throw new RuleViolationException(Rule.INVALID_TRANSITION,
                    "Kun en medarbejder, der er fratrådt, kan anonymiseres");
        }
        if (kind == PersonKind.VOLUNTEER && endDate == null) {
            leave(today);
        }
        firstName = "Anonymiseret";
        lastName = "person " + id;
        email = null;
        phone = null;
        employeeNumber = null;
        payrollId = null;
    }

    public boolean isPseudonymised() {
        return "Anonymiseret".equals(firstName) && email == null && employeeNumber == null;
    }

    public boolean isActiveOn(LocalDate date) {
        return (endDate == null || !endDate.isBefore(date)) && (hireDate == null || !hireDate.isAfter(date));
    }

    /** The institution the person belonged to on that date; the newest membership when several. */
    public Optional<Institution> institutionOn(LocalDate date) {
        if (!isActiveOn(date)) {
            return Optional.empty();
        }
        return memberships.stream().filter(m -> m.isActiveOn(date))
                .max(Comparator.comparing(Membership::getStartDate))
                .map(Membership::getInstitution);
    }

    public Set<CompetenceGroup> competenceGroupsOn(LocalDate date) {
        InstitutionType place = institutionOn(date).map(Institution::getType).orElse(null);
        return CompetenceGroup.of(kind, jobRole, place);
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public Long getId() {
        return id;
    }

    public PersonKind getKind() {
        return kind;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getPayrollId() {
        return payrollId;
    }

    public JobRole getJobRole() {
        return jobRole;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public List<Membership> getMemberships() {
        return Collections.unmodifiableList(memberships);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Person that)) {
            return false;
        }
        if (employeeNumber != null || that.employeeNumber != null) {
            return Objects.equals(employeeNumber, that.employeeNumber);
        }
        return id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return employeeNumber != null ? employeeNumber.hashCode() : Objects.hashCode(id);
    }
}
