package dk.kompetence.reporting;

/** The small town of {@link CoverageQueryTest}, whose right answers are worked out by hand there. */
final class SmallTown {

    static final String SQL = """
                INSERT INTO municipality (id, code, name) VALUES (1, '999', 'Testkommune');
                INSERT INTO area (id, municipality_id, name) VALUES (1, 1, 'Nord'), (2, 1, 'Syd');
                INSERT INTO institution (id, area_id, name, type) VALUES
                    (10, 1, 'Solsikken', 'DAYCARE'), (11, 2, 'Myretuen', 'DAYCARE'), (20, 1, 'Nordskolen', 'SCHOOL'),
                    (21, 2, 'Sydskolen', 'SCHOOL'), (30, 2, 'Boldklubben', 'ASSOCIATION');
                INSERT INTO provider (id, name, kind) VALUES (1, 'Testudbyder', 'INTERNAL');
                INSERT INTO course_module (id, code, title, provider_id, format, hours, renewal_months, status) VALUES
                    (100, 'NA-01', 'Neuroaffektiv tilgang', 1, 'IN_PERSON', 14, NULL, 'PUBLISHED'),
                    (101, 'LOEFT-01', 'LØFT', 1, 'IN_PERSON', 14, 12, 'PUBLISHED'),
                    (102, 'HU-01', 'Hillerød-uddannelsen 1', 1, 'IN_PERSON', 7.5, NULL, 'PUBLISHED'),
                    (103, 'HU-02', 'Hillerød-uddannelsen 2', 1, 'IN_PERSON', 7.5, NULL, 'PUBLISHED'),
                    (104, 'IV-01', 'Inklusionsvejleder', 1, 'IN_PERSON', 60, NULL, 'PUBLISHED'),
                    (105, 'FRI-01', 'Fællesskaber i fritiden', 1, 'IN_PERSON', 4, NULL, 'PUBLISHED');
                INSERT INTO programme (id, code, title) VALUES (200, 'HU', 'Hillerød-uddannelsen');
                INSERT INTO programme_module (programme_id, module_id) VALUES (200, 102), (200, 103);
                INSERT INTO course_session (id, module_id, code, capacity, enrolment_deadline, cancellation_deadline,
                                            starts_on, ends_on) VALUES
                    (300, 100, 'NA-2024', 20, '2024-04-01', '2024-04-01', '2024-04-29', '2024-05-01'),
                    (301, 100, 'NA-2026', 20, '2026-08-15', '2026-08-15', '2026-09-01', '2026-09-02'),
                    (302, 103, 'HU-02-2026', 20, '2026-09-15', '2026-09-15', '2026-10-01', '2026-10-01'),
                    (303, 104, 'IV-2026', 1, '2026-08-31', '2026-08-31', '2026-09-15', '2026-12-15');
                INSERT INTO person (id, kind, first_name, last_name, job_role, hire_date, end_date, consent_date) VALUES
                    (1, 'EMPLOYEE', 'Anna', 'Andersen', 'PEDAGOGUE', '2015-01-01', NULL, NULL),
                    (2, 'EMPLOYEE', 'Bo', 'Bech', 'PEDAGOGICAL_ASSISTANT', '2016-08-01', NULL, NULL),
                    (3, 'EMPLOYEE', 'Cecilie', 'Carlsen', 'PEDAGOGUE', '2026-03-01', NULL, NULL),
                    (4, 'EMPLOYEE', 'Dorte', 'Dahl', 'LEADER', '2010-01-01', NULL, NULL),
                    (5, 'EMPLOYEE', 'Frida', 'Fisker', 'PEDAGOGUE', '2018-01-01', NULL, NULL),
                    (6, 'EMPLOYEE', 'Gustav', 'Gram', 'PEDAGOGUE', '2012-01-01', '2026-05-31', NULL),
                    (7, 'EMPLOYEE', 'Hans', 'Holm', 'TEACHER', '2011-08-01', NULL, NULL),
                    (8, 'EMPLOYEE', 'Ida', 'Iversen', 'PEDAGOGUE', '2013-08-01', NULL, NULL),
                    (9, 'EMPLOYEE', 'Jens', 'Juhl', 'TEACHER', '2019-08-01', NULL, NULL),
                    (10, 'EMPLOYEE', 'Karin', 'Krog', 'PEDAGOGUE', '2014-08-01', NULL, NULL),
                    (11, 'EMPLOYEE', 'Lone', 'Lund', 'TEACHER', '2017-08-01', NULL, NULL),
                    (12, 'VOLUNTEER', 'Mads', 'Munk', NULL, NULL, NULL, '2024-01-01'),
                    (13, 'VOLUNTEER', 'Nina', 'Nørgaard', NULL, NULL, NULL, '2025-01-01');
                INSERT INTO membership (person_id, institution_id, start_date, end_date, fte) VALUES
                    (1, 10, '2015-01-01', NULL, 1), (2, 10, '2016-08-01', NULL, 0.5), (3, 10, '2026-03-01', NULL, 1),
                    (4, 10, '2010-01-01', NULL, 1), (5, 10, '2018-01-01', '2026-04-30', 1),
                    (5, 11, '2026-05-01', NULL, 1), (6, 11, '2012-01-01', '2026-05-31', 1),
                    (7, 20, '2011-08-01', NULL, 1), (8, 20, '2013-08-01', NULL, 0.5), (9, 20, '2019-08-01', NULL, 1),
                    (10, 20, '2014-08-01', NULL, 0.5), (10, 10, '2020-01-01', NULL, 0.5),
                    (11, 21, '2017-08-01', NULL, 1), (12, 30, '2024-01-01', NULL, NULL),
                    (13, 30, '2025-01-01', NULL, NULL);
                INSERT INTO enrolment (id, session_id, person_id, institution_id, active_module_id, status, requested_at,
                                       requested_by, completed_on, completed_hours, recorded_by) VALUES
                    (1, 300, 1, 10, NULL, 'COMPLETED', '2024-03-01 10:00:00', 'test', '2024-05-01', 14, 'test'),
                    (2, 301, 3, 10, 100, 'CONFIRMED', '2026-03-10 09:00:00', 'test', NULL, NULL, NULL),
                    (3, 302, 3, 10, 103, 'REQUESTED', '2026-05-01 10:00:00', 'test', NULL, NULL, NULL),
                    (4, 303, 10, 20, 104, 'WAITLISTED', '2026-02-01 10:00:00', 'test', NULL, NULL, NULL),
                    (5, 303, 9, 20, NULL, 'CANCELLED', '2026-02-01 10:00:00', 'test', NULL, NULL, NULL);
                INSERT INTO completion (person_id, module_id, enrolment_id, activity_kind, title, completed_on, hours,
                                        recorded_by, recorded_at) VALUES
                    (1, 100, 1, NULL, 'Neuroaffektiv tilgang', '2024-05-01', 14, 'test', '2024-05-02 09:00:00'),
                    (1, 101, NULL, 'OTHER', 'LØFT', '2025-06-30', 14, 'test', '2025-07-01 09:00:00'),
                    (1, 102, NULL, 'OTHER', 'Hillerød-uddannelsen 1', '2020-03-01', 7.5, 'test', '2020-03-02 09:00:00'),
                    (1, 103, NULL, 'OTHER', 'Hillerød-uddannelsen 2', '2021-03-01', 7.5, 'test', '2021-03-02 09:00:00'),
                    (2, NULL, NULL, 'SUPERVISION', 'Supervision ved PPR', '2025-10-01', 2, 'test', '2025-10-02 09:00:00'),
                    (3, 102, NULL, 'OTHER', 'Hillerød-uddannelsen 1', '2026-04-01', 7.5, 'test', '2026-04-02 09:00:00'),
                    (4, 101, NULL, 'OTHER', 'LØFT', '2026-01-15', 14, 'test', '2026-01-16 09:00:00'),
                    (5, 100, NULL, 'SUPERVISION', 'Neuroaffektiv supervision', '2019-06-01', 14, 'test', '2019-06-02 09:00:00'),
                    (7, 104, NULL, 'OTHER', 'Inklusionsvejleder', '2025-02-01', 60, 'test', '2025-02-02 09:00:00'),
                    (8, 104, NULL, 'OTHER', 'Inklusionsvejleder', '2024-09-01', 60, 'test', '2024-09-02 09:00:00'),
                    (11, 104, NULL, 'OTHER', 'Inklusionsvejleder', '2023-05-01', 60, 'test', '2023-05-02 09:00:00'),
                    (12, 105, NULL, 'OTHER', 'Fællesskaber i fritiden', '2025-04-01', 4, 'test', '2025-04-02 09:00:00');
                INSERT INTO target (id, code, name, module_id, programme_id, required_percent, minimum_count, deadline,
                                    within_months_of_hire, includes_employees, includes_volunteers, active) VALUES
                    (1, 'NA', 'Neuroaffektiv tilgang i dagtilbud', 100, NULL, 100, NULL, '2026-03-31', NULL, TRUE, FALSE, TRUE),
                    (2, 'LOEFT', 'LØFT for alle', 101, NULL, 100, NULL, '2026-12-31', NULL, TRUE, FALSE, TRUE),
                    (3, 'HU', 'Hillerød-uddannelsen', NULL, 200, 100, NULL, '2026-01-31', 6, TRUE, FALSE, TRUE),
                    (4, 'IV', 'Mindst 2 inklusionsvejledere pr. skole', 104, NULL, NULL, 2, '2026-12-31', NULL, TRUE, FALSE, TRUE),
                    (5, 'FRI', 'Frivillige har fritidskurset', 105, NULL, 50, NULL, '2026-12-31', NULL, FALSE, TRUE, TRUE),
                    (6, 'GAMMEL', 'Udgået mål', 100, NULL, 100, NULL, '2025-12-31', NULL, TRUE, FALSE, FALSE);
                INSERT INTO target_institution_type (target_id, institution_type) VALUES
                    (1, 'DAYCARE'), (3, 'SCHOOL'), (4, 'SCHOOL'), (5, 'ASSOCIATION'), (5, 'DAYCARE');
                INSERT INTO target_institution (target_id, institution_id) VALUES (3, 10);
                INSERT INTO target_job_role (target_id, job_role) VALUES
                    (1, 'PEDAGOGUE'), (1, 'PEDAGOGICAL_ASSISTANT'), (4, 'TEACHER'), (4, 'PEDAGOGUE');
                """;

    private SmallTown() {
    }
}
