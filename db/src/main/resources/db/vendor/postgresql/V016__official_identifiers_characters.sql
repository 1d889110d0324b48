-- PostgreSQL's form of db/vendor/derby/V016. BETWEEN would follow the database's collation, which
-- in a Danish or English locale sorts other scripts' digits and letters with accents between '0'
-- and '9' or 'A' and 'Z'; a regular expression's bracket range is by code point whatever the locale.
ALTER TABLE institution ADD CONSTRAINT institution_number_digits_ck
    CHECK (institution_number IS NULL OR institution_number ~ '^[0-9]{6}$');
ALTER TABLE institution ADD CONSTRAINT institution_p_number_digits_ck
    CHECK (p_number IS NULL OR p_number ~ '^[0-9]{10}$');
ALTER TABLE institution ADD CONSTRAINT institution_daycare_unit_chars_ck
    CHECK (daycare_unit_number IS NULL OR daycare_unit_number ~ '^[A-Za-z0-9]{6}$');
