-- Official identifiers hold the characters Java accepts (InstitutionForm), not only the right
-- number of them: Institutionsregister and P-number digits only, Dagtilbudsregister letters A-Z and
-- digits. Derby has no regular expressions; it compares characters by code point (UCS_BASIC, the
-- default collation), so a range is exact here. The CHAR(6) cast pads a short unit number, so
-- SUBSTR stays in range and the blank fails the check instead of raising an error.
ALTER TABLE institution ADD CONSTRAINT institution_number_digits_ck
    CHECK (institution_number IS NULL OR (
        SUBSTR(institution_number, 1, 1) BETWEEN '0' AND '9' AND SUBSTR(institution_number, 2, 1) BETWEEN '0' AND '9' AND
        SUBSTR(institution_number, 3, 1) BETWEEN '0' AND '9' AND SUBSTR(institution_number, 4, 1) BETWEEN '0' AND '9' AND
        SUBSTR(institution_number, 5, 1) BETWEEN '0' AND '9' AND SUBSTR(institution_number, 6, 1) BETWEEN '0' AND '9'));
ALTER TABLE institution ADD CONSTRAINT institution_p_number_digits_ck
    CHECK (p_number IS NULL OR (
        SUBSTR(p_number, 1, 1) BETWEEN '0' AND '9' AND SUBSTR(p_number, 2, 1) BETWEEN '0' AND '9' AND
        SUBSTR(p_number, 3, 1) BETWEEN '0' AND '9' AND SUBSTR(p_number, 4, 1) BETWEEN '0' AND '9' AND
        SUBSTR(p_number, 5, 1) BETWEEN '0' AND '9' AND SUBSTR(p_number, 6, 1) BETWEEN '0' AND '9' AND
        SUBSTR(p_number, 7, 1) BETWEEN '0' AND '9' AND SUBSTR(p_number, 8, 1) BETWEEN '0' AND '9' AND
        SUBSTR(p_number, 9, 1) BETWEEN '0' AND '9' AND SUBSTR(p_number, 10, 1) BETWEEN '0' AND '9'));
ALTER TABLE institution ADD CONSTRAINT institution_daycare_unit_chars_ck
    CHECK (daycare_unit_number IS NULL OR (
        (SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 1, 1) BETWEEN '0' AND '9'
            OR SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 1, 1) BETWEEN 'A' AND 'Z'
            OR SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 1, 1) BETWEEN 'a' AND 'z') AND
        (SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 2, 1) BETWEEN '0' AND '9'
            OR SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 2, 1) BETWEEN 'A' AND 'Z'
            OR SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 2, 1) BETWEEN 'a' AND 'z') AND
        (SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 3, 1) BETWEEN '0' AND '9'
            OR SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 3, 1) BETWEEN 'A' AND 'Z'
            OR SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 3, 1) BETWEEN 'a' AND 'z') AND
        (SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 4, 1) BETWEEN '0' AND '9'
            OR SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 4, 1) BETWEEN 'A' AND 'Z'
            OR SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 4, 1) BETWEEN 'a' AND 'z') AND
        (SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 5, 1) BETWEEN '0' AND '9'
            OR SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 5, 1) BETWEEN 'A' AND 'Z'
            OR SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 5, 1) BETWEEN 'a' AND 'z') AND
        (SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 6, 1) BETWEEN '0' AND '9'
            OR SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 6, 1) BETWEEN 'A' AND 'Z'
            OR SUBSTR(CAST(daycare_unit_number AS CHAR(6)), 6, 1) BETWEEN 'a' AND 'z')));
