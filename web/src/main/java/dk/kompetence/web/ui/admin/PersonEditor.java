package dk.kompetence.web.ui.admin;

import static dk.kompetence.web.ui.Inputs.blankToNull;

import dk.kompetence.application.PeopleService;
import dk.kompetence.application.PersonChanges;
import dk.kompetence.domain.person.JobRole;
import dk.kompetence.domain.person.Person;
import dk.kompetence.domain.person.PersonKind;
import dk.kompetence.web.ui.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * HR: changes to one person — name, contact, job role, and the day they leave (their memberships
 * end; their history stays). Remembers the version it started from.
 */
@Named
@ViewScoped
public class PersonEditor implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("firstName", "firstName", "lastName", "lastName",
            "email", "email", "phone", "phone", "role", "role", "endDate", "endDate");

    @Inject
    PeopleService people;

    private Long personId;
    private long version;
    private boolean employee;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private JobRole role;
    private LocalDate endDate;

    public void edit(long id) {
        Person person = Messages.attempt(() -> people.person(id), "search", Map.of());
        if (person == null) {
            return;
        }
        personId = person.getId();
        version = person.getVersion();
        employee = person.getKind() == PersonKind.EMPLOYEE;
        firstName = person.getFirstName();
        lastName = person.getLastName();
        email = person.getEmail();
        phone = person.getPhone();
        role = person.getJobRole();
        endDate = person.getEndDate();
    }

    public void save() {
        PersonChanges changes = new PersonChanges(blankToNull(firstName), blankToNull(lastName), blankToNull(email),
                blankToNull(phone), employee ? role : null, endDate);
        Person saved = Messages.attempt(() -> people.update(personId, version, changes), "edit", FIELDS);
        if (saved != null) {
            Messages.info("people.saved", saved.getFullName());
            personId = null;
        }
    }

    public void close() {
        personId = null;
    }

    public boolean isEditing() {
        return personId != null;
    }

    public boolean isEmployee() {
        return employee;
    }

    public JobRole[] getRoles() {
        return JobRole.values();
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

    public JobRole getRole() {
        return role;
    }

    public void setRole(JobRole role) {
        this.role = role;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
