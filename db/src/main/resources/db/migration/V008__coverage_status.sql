-- The coverage summary: one row per active target, membership and person in the target's group,
-- kept current in the same transaction as every change that can move a coverage number
-- (completions, enrolments, people, memberships, institutions, modules, programmes, targets).
-- Each row holds dates rather than flags, so it stays right as days pass without any write:
-- a person is in scope on D when in_scope_from <= D <= in_scope_until, covered on D when
-- D < covered_until. Reports for today or later read this table; reports for a past date
-- compute from the base tables. CoverageSummary rebuilds it and a test checks it against them.
CREATE TABLE coverage_status (
    target_id        BIGINT      NOT NULL,
    institution_id   BIGINT      NOT NULL,
    area_id          BIGINT      NOT NULL,
    institution_type VARCHAR(30) NOT NULL,
    person_id        BIGINT      NOT NULL,
    -- The job role, or VOLUNTEER for volunteers (who have none).
    audience         VARCHAR(30) NOT NULL,
    job_role         VARCHAR(30),
    in_scope_from    DATE        NOT NULL,
    -- 9999-12-31 while the membership and the employment are open.
    in_scope_until   DATE        NOT NULL,
    deadline         DATE        NOT NULL,
    -- The day the person's completions stop covering the target: latest completion + renewal
    -- period (9999-12-31 without one); NULL when not covered at all.
    covered_until    DATE,
    -- An active enrolment (requested, confirmed or waitlisted) for one of the target's modules.
    booked           SMALLINT    NOT NULL,
    CONSTRAINT coverage_status_target_fk FOREIGN KEY (target_id) REFERENCES target (id),
    CONSTRAINT coverage_status_institution_fk FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT coverage_status_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT coverage_status_booked_ck CHECK (booked IN (0, 1))
);

-- Reports for one institution read its rows; a refresh deletes by person or target.
CREATE INDEX coverage_status_institution_ix ON coverage_status (institution_id, target_id);
CREATE INDEX coverage_status_person_ix ON coverage_status (person_id);
CREATE INDEX coverage_status_target_ix ON coverage_status (target_id);
