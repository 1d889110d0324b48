package dk.kompetence.web.ui.admin;

import static dk.kompetence.web.ui.Inputs.blankToNull;

import dk.kompetence.application.OrganisationService;
import dk.kompetence.application.PeopleService;
import dk.kompetence.application.PersonForm;
import dk.kompetence.domain.organisation.Institution;
import dk.kompetence.domain.organisation.InstitutionSearch;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.person.PersonKind;
import dk.kompetence.domain.person.PersonSearch;
import dk.kompetence.domain.shared.Page;
import dk.kompetence.domain.shared.PageRequest;
import dk.kompetence.web.ui.Messages;
import dk.kompetence.web.ui.Option;
import dk.kompetence.web.ui.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * HR: finds people by name, role and institution, and registers a new employee or volunteer.
 * A volunteer gives only name, contact and consent date (data minimisation), so the form shows
 * the employee's fields only for an employee.
 */
@Named
@ViewScoped
public class PeopleAdmin implements Serializable {

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("kind", "kind"),
            Map.entry("firstName", "firstName"), Map.entry("lastName", "lastName"), Map.entry("email", "email"),
            Map.entry("phone", "phone"), Map.entry("employeeNumber", "employeeNumber"), Map.entry("role", "role"),
            Map.entry("hireDate", "hireDate"), Map.entry("consentDate", "consentDate"),
            Map.entry("institutionId", "institution"), Map.entry("fte", "fte"),
            Map.entry("employeeComplete", "role"), Map.entry("volunteerMinimal", "consentDate"));

    /** One line of the result: role is the job role, or VOLUNTEER. */
    public record PersonRow(long id, String name, String role, String institution, String email) implements Serializable {

        static PersonRow of(Person p, LocalDate today) {
            return new PersonRow(p.getId(), p.getFullName(),
                    p.getKind() == PersonKind.VOLUNTEER ? "VOLUNTEER" : p.getJobRole().name(),
                    p.institutionOn(today).map(Institution::getName).orElse(""), p.getEmail());
        }
    }

    @Inject
    PeopleService people;

    @Inject
    OrganisationService organisation;

    @Inject
    Clock clock;

    private List<Option> institutions;
    private final PagedRows<PersonRow> rows = new PagedRows<>(this::page, "lastName");

    private String text;
    private JobRole roleFilter;
    private Long institutionFilter;
    private boolean includeLeavers;

    private PersonKind kind = PersonKind.EMPLOYEE;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String employeeNumber;
    private JobRole role;
    private LocalDate hireDate;
    private LocalDate consentDate;
    private Long institutionId;
    private BigDecimal fte;

    @PostConstruct
    void load() {
        institutions = organisation.institutions(new InstitutionSearch(null, null, null), new PageRequest(0, 200, "name"))
                .items().stream().map(i -> new Option(i.getId(), i.getName())).toList();
    }

    private Page<PersonRow> page(PageRequest request) {
        LocalDate today = LocalDate.now(clock);
        return people.search(new PersonSearch(blankToNull(text), null, roleFilter, institutionFilter,
                includeLeavers ? null : today), request).map(p -> PersonRow.of(p, today));
    }

    public void search() {
        PagedRows.firstPage("search:table");
    }

    public void create() {
        boolean employee = kind == PersonKind.EMPLOYEE;
        PersonForm form = new PersonForm(kind, blankToNull(firstName), blankToNull(lastName), blankToNull(email),
                blankToNull(phone), employee ? blankToNull(employeeNumber) : null, employee ? role : null,
                employee ? hireDate : null, employee ? null : consentDate, institutionId, employee ? fte : null);
        Person created = Messages.attempt(() -> people.create(form), "person", FIELDS);
        if (created != null) {
            Messages.info("people.created", created.getFullName());
            firstName = null;
            lastName = null;
            email = null;
            phone = null;
            employeeNumber = null;
            role = null;
            hireDate = null;
            consentDate = null;
            fte = null;
        }
    }

    public boolean isEmployee() {
        return kind == PersonKind.EMPLOYEE;
    }

    public PagedRows<PersonRow> getRows() {
        return rows;
    }

    public List<Option> getInstitutions() {
        return institutions;
    }

    public JobRole[] getRoles() {
        return JobRole.values();
    }

    public PersonKind[] getKinds() {
        return PersonKind.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public JobRole getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(JobRole roleFilter) {
        this.roleFilter = roleFilter;
    }

    public Long getInstitutionFilter() {
        return institutionFilter;
    }

    public void setInstitutionFilter(Long institutionFilter) {
        this.institutionFilter = institutionFilter;
    }

    public boolean isIncludeLeavers() {
        return includeLeavers;
    }

    public void setIncludeLeavers(boolean includeLeavers) {
        this.includeLeavers = includeLeavers;
    }

    public PersonKind getKind() {
        return kind;
    }

    public void setKind(PersonKind kind) {
        this.kind = kind;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public JobRole getRole() {
        return role;
    }

    public void setRole(JobRole role) {
        this.role = role;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public void setConsentDate(LocalDate consentDate) {
        this.consentDate = consentDate;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public BigDecimal getFte() {
        return fte;
    }

    public void setFte(BigDecimal fte) {
        this.fte = fte;
    }
}
