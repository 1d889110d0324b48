-- PostgreSQL's form of db/vendor/derby/V003: it names the column changes DROP DEFAULT and DROP NOT NULL.
-- CHAR columns are blank-padded, so LENGTH() was always the full width: check the trimmed value.
ALTER TABLE institution DROP CONSTRAINT institution_number_ck;
ALTER TABLE institution DROP CONSTRAINT institution_p_number_ck;
ALTER TABLE institution ADD CONSTRAINT institution_number_ck
    CHECK (institution_number IS NULL OR LENGTH(TRIM(institution_number)) = 6);
ALTER TABLE institution ADD CONSTRAINT institution_p_number_ck
    CHECK (p_number IS NULL OR LENGTH(TRIM(p_number)) = 10);
ALTER TABLE institution ADD CONSTRAINT institution_daycare_unit_ck
    CHECK (daycare_unit_number IS NULL OR LENGTH(TRIM(daycare_unit_number)) = 6);

-- Volunteers have no working time: a missing FTE must not count as a full-time post.
ALTER TABLE membership ALTER COLUMN fte DROP DEFAULT;
ALTER TABLE membership ALTER COLUMN fte DROP NOT NULL;

-- A completed enrolment always names its module.
ALTER TABLE completion ADD CONSTRAINT completion_enrolment_module_ck
    CHECK (enrolment_id IS NULL OR module_id IS NOT NULL);
