package dk.kompetence.db;

import dk.kompetence.db.DemoOrganisation.Institution;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Employees with payroll data and volunteers in the associations, each with their memberships. */
final class DemoPeople {

    record Membership(Institution institution, LocalDate start, LocalDate end, BigDecimal fte) {

        boolean covers(LocalDate day) {
            return !day.isBefore(start) && (end == null || !day.isAfter(end));
        }
    }

    record Person(long id, String kind, DemoNames.Name name, String role, LocalDate hireDate,
                  List<Membership> memberships) {

        /** The job role, or VOLUNTEER, as modules name their audience. */
        String audienceRole() {
            return role == null ? "VOLUNTEER" : role;
        }

        Membership membershipOn(LocalDate day) {
            for (Membership membership : memberships) {
                if (membership.covers(day)) {
                    return membership;
                }
            }
            return null;
        }

        Person withId(long newId) {
            return new Person(newId, kind, name, role, hireDate, memberships);
        }
    }

    static final List<BigDecimal> PART_TIME = List.of(new BigDecimal("0.900"), new BigDecimal("0.865"),
            new BigDecimal("0.800"), new BigDecimal("0.750"), new BigDecimal("0.676"), new BigDecimal("0.500"));
    static final BigDecimal FULL_TIME = new BigDecimal("1.000");

    private static final String INSERT_PERSON = "INSERT INTO person (kind, first_name, last_name, email, phone, "
            + "employee_number, job_role, hire_date, end_date, consent_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_MEMBERSHIP = "INSERT INTO membership (person_id, institution_id, start_date, "
            + "end_date, fte) VALUES (?, ?, ?, ?, ?)";

    private final Random random;
    private final LocalDate today;
    final DemoNames names;

    DemoPeople(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
        this.names = new DemoNames(random);
    }

    List<Person> write(Connection connection, List<Institution> institutions) throws SQLException {
        List<Person> people = new ArrayList<>();
        List<Object[]> personRows = new ArrayList<>();
        for (Institution institution : institutions) {
            for (int i = 0; i < institution.headcount(); i++) {
                Person person = institution.staffing() == DemoStaffing.VOLUNTEERS
                        ? volunteer(institution, personRows)
                        : employee(institution, i, institutions, people.size(), personRows);
                people.add(person);
            }
        }
        List<Long> ids = DemoJdbc.batchReturningIds(connection, "person", INSERT_PERSON, personRows);
        List<Object[]> membershipRows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            people.set(i, people.get(i).withId(ids.get(i)));
            for (Membership membership : people.get(i).memberships()) {
                membershipRows.add(new Object[] {ids.get(i), membership.institution().id(), membership.start(),
                        membership.end(), membership.fte()});
            }
        }
        DemoJdbc.batch(connection, INSERT_MEMBERSHIP, membershipRows);
        return people;
    }

    private Person employee(Institution institution, int indexInInstitution, List<Institution> institutions,
                            int sequence, List<Object[]> rows) {
        DemoNames.Name name = names.next();
        String role = institution.staffing().role(indexInInstitution, random);
        LocalDate hired = hireDate();
        LocalDate left = hired.isBefore(today.minusYears(1)) && random.nextInt(100) < 4 ? leavingDate(hired) : null;
        BigDecimal fte = role.equals("LEADER") || random.nextInt(100) < 55
                ? FULL_TIME : PART_TIME.get(random.nextInt(PART_TIME.size()));
        List<Membership> memberships = new ArrayList<>();
        Institution previous = left == null && hired.isBefore(today.minusYears(3)) && random.nextInt(100) < 4
                ? colleagueInstitution(institution, institutions) : null;
        if (previous != null) {
            LocalDate moved = hired.plusDays(365 + random.nextInt((int) (today.toEpochDay() - hired.toEpochDay()) - 425));
            memberships.add(new Membership(previous, hired, moved.minusDays(1), fte));
            memberships.add(new Membership(institution, moved, null, fte));
        } else {
            memberships.add(new Membership(institution, hired, left, fte));
        }
        String employeeNumber = String.format("%06d", 104_000 + 37 * sequence + random.nextInt(37));
        rows.add(new Object[] {"EMPLOYEE", name.first(), name.last(), names.email(name, "kommune.dk"), null,
                employeeNumber, role, hired, left, null});
        return new Person(0, "EMPLOYEE", name, role, hired, memberships);
    }

    Person volunteer(Institution association, List<Object[]> rows) {
        DemoNames.Name name = names.next();
        LocalDate consent = today.minusDays(10 + random.nextInt(1100));
        String phone = String.format("+45 %02d %02d %02d %02d", 20 + random.nextInt(12), random.nextInt(100),
                random.nextInt(100), random.nextInt(100));
        String email = random.nextInt(3) > 0 ? names.email(name, "example.org") : null;
        rows.add(new Object[] {"VOLUNTEER", name.first(), name.last(), email, phone, null, null, null, null, consent});
        return new Person(0, "VOLUNTEER", name, null, null,
                List.of(new Membership(association, consent, null, null)));
    }

    LocalDate hireDate() {
        if (random.nextInt(100) < 8) {
            return today.minusDays(1 + random.nextInt(180));
        }
        return today.minusDays(181 + random.nextInt(15 * 365 - 181));
    }

    LocalDate leavingDate(LocalDate hired) {
        LocalDate earliest = hired.plusDays(180).isAfter(today.minusYears(2)) ? hired.plusDays(180) : today.minusYears(2);
        long span = today.minusDays(10).toEpochDay() - earliest.toEpochDay();
        return span <= 0 ? today.minusDays(10) : earliest.plusDays(random.nextInt((int) span));
    }

    private Institution colleagueInstitution(Institution current, List<Institution> institutions) {
        List<Institution> alike = institutions.stream()
                .filter(other -> other.staffing() == current.staffing() && other != current)
                .toList();
        return alike.isEmpty() ? null : alike.get(random.nextInt(alike.size()));
    }
}
