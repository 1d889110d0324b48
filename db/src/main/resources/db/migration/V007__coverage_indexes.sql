-- The coverage queries look up active enrolments by module and a year's hours by date, and read
-- everything they need from these indexes alone, without fetching each row.
CREATE INDEX completion_day_ix ON completion (completed_on, person_id, hours);
CREATE INDEX enrolment_active_module_ix ON enrolment (active_module_id, person_id, requested_at);
