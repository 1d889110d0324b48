package dk.kompetence.db;

import dk.kompetence.db.DemoOrganisation.Institution;
import dk.kompetence.db.DemoPeople.Membership;
import dk.kompetence.db.DemoPeople.Person;
import dk.kompetence.db.ScaleOrganisation.Organisation;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Employees with the demo's staffing mixes, hire dates and leavers, and volunteers in the
 * associations. About 1-2 % hold two memberships: some moved from another institution of the same
 * kind, some work two places at once (a pedagogue in a school and its after-school centre, a
 * psychologist attached to a special school). Ids follow the hire (or consent) date, as they would
 * when payroll data is loaded year by year, so an institution's people lie all over the table.
 */
final class ScalePeople {

    private static final int LEAVER_PERCENT = 8;
    private static final int MOVER_PER_THOUSAND = 7;
    private static final int SECOND_POST_PER_THOUSAND = 8;
    private static final Map<String, List<String>> SECOND_POST_TYPES = Map.of(
            "SCHOOL", List.of("AFTER_SCHOOL", "SPECIAL_PROVISION"),
            "AFTER_SCHOOL", List.of("SCHOOL", "YOUTH_CLUB"),
            "YOUTH_CLUB", List.of("AFTER_SCHOOL"),
            "SPECIAL_PROVISION", List.of("SCHOOL"),
            "DAYCARE", List.of("DAYCARE"),
            "PPR", List.of("SPECIAL_PROVISION"),
            "FAMILY_AND_HEALTH", List.of("FAMILY_AND_HEALTH"));
    private static final BigDecimal MAIN_POST = new BigDecimal("0.600");
    private static final BigDecimal SECOND_POST = new BigDecimal("0.400");

    static final String INSERT_PERSON = "INSERT INTO person (id, kind, first_name, last_name, email, phone, "
            + "employee_number, job_role, hire_date, end_date, consent_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_MEMBERSHIP = "INSERT INTO membership (id, person_id, institution_id, start_date, "
            + "end_date, fte) VALUES (?, ?, ?, ?, ?, ?)";

    /** A person before the id is known, with the person table's columns (the demo's order) and since when. */
    private record Draft(Person person, Object[] row, LocalDate since) {
    }

    private static final int EMPLOYEE_NUMBER = 5;

    private final Random random;
    private final LocalDate today;
    private final DemoPeople demo;

    ScalePeople(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
        this.demo = new DemoPeople(random, today);
    }

    /** Writes everyone; returns them in id order (the person with id n at index n - 1). */
    List<Person> write(OrderedBatches.Table persons, OrderedBatches.Table memberships, Organisation organisation)
            throws SQLException {
        List<Draft> drafts = new ArrayList<>();
        for (Institution institution : organisation.institutions()) {
            for (int i = 0; i < institution.headcount(); i++) {
                drafts.add(institution.staffing() == DemoStaffing.VOLUNTEERS
                        ? volunteer(institution) : employee(institution, i, organisation));
            }
        }
        drafts.sort(Comparator.comparing(Draft::since));
        List<Person> people = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            Object[] row = draft.row();
            if (draft.person().kind().equals("EMPLOYEE")) {
                row[EMPLOYEE_NUMBER] = String.format("%07d", 1_000_000 + 13L * people.size() + random.nextInt(13));
            }
            long id = persons.insert(row);
            Person person = draft.person().withId(id);
            for (Membership membership : person.memberships()) {
                memberships.insert(id, membership.institution().id(), membership.start(), membership.end(),
                        membership.fte());
            }
            people.add(person);
        }
        return people;
    }

    private Draft volunteer(Institution association) {
        List<Object[]> rows = new ArrayList<>(1);
        Person person = demo.volunteer(association, rows);
        return new Draft(person, rows.get(0), person.memberships().get(0).start());
    }

    private Draft employee(Institution institution, int index, Organisation organisation) {
        DemoNames.Name name = demo.names.next();
        String role = institution.staffing().role(index, random);
        LocalDate hired = demo.hireDate();
        boolean leaves = !role.equals("LEADER") && hired.isBefore(today.minusYears(1))
                && random.nextInt(100) < LEAVER_PERCENT;
        LocalDate left = leaves ? demo.leavingDate(hired) : null;
        BigDecimal fte = role.equals("LEADER") || random.nextInt(100) < 55
                ? DemoPeople.FULL_TIME : DemoPeople.PART_TIME.get(random.nextInt(DemoPeople.PART_TIME.size()));
        int roll = random.nextInt(1000);
        Institution previous = !leaves && roll < MOVER_PER_THOUSAND && hired.isBefore(today.minusYears(3))
                ? another(organisation, institution.type(), null, institution) : null;
        Institution second = !leaves && previous == null && roll >= MOVER_PER_THOUSAND
                && roll < MOVER_PER_THOUSAND + SECOND_POST_PER_THOUSAND && !role.equals("LEADER")
                ? secondPost(organisation, institution) : null;
        List<Membership> memberships = new ArrayList<>(2);
        if (previous != null) {
            LocalDate moved = hired.plusDays(365 + random.nextInt((int) ChronoUnit.DAYS.between(hired, today) - 425));
            memberships.add(new Membership(previous, hired, moved.minusDays(1), fte));
            memberships.add(new Membership(institution, moved, null, fte));
        } else if (second != null) {
            long days = ChronoUnit.DAYS.between(hired, today);
            memberships.add(new Membership(institution, hired, null, MAIN_POST));
            memberships.add(new Membership(second, hired.plusDays(random.nextInt((int) Math.max(1, days - 30))), null,
                    SECOND_POST));
        } else {
            memberships.add(new Membership(institution, hired, left, fte));
        }
        Object[] row = {"EMPLOYEE", name.first(), name.last(), demo.names.email(name, "kommune.dk"), null,
                null, role, hired, left, null};
        return new Draft(new Person(0, "EMPLOYEE", name, role, hired, memberships), row, hired);
    }

    private Institution secondPost(Organisation organisation, Institution institution) {
        List<String> types = SECOND_POST_TYPES.get(institution.type());
        if (types == null) {
            return null;
        }
        String type = types.get(random.nextInt(types.size()));
        Institution nearby = another(organisation, type, organisation.areas().get(institution.id()), institution);
        return nearby != null ? nearby : another(organisation, type, null, institution);
    }

    /** Another institution of the type, in the area when one is given. */
    private Institution another(Organisation organisation, String type, String area, Institution not) {
        List<Institution> candidates = organisation.ofType(type).stream()
                .filter(other -> other.id() != not.id()
                        && (area == null || area.equals(organisation.areas().get(other.id()))))
                .toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }
}
