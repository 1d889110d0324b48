-- Every server's timer fires; the first to insert the (job, period) row runs the job, so a job
-- runs once per period however many servers there are. The rows are the jobs' history.
CREATE TABLE scheduled_run (
    job        VARCHAR(60)  NOT NULL,
    period     VARCHAR(40)  NOT NULL,
    node       VARCHAR(100) NOT NULL,
    claimed_at TIMESTAMP    NOT NULL,
    CONSTRAINT scheduled_run_pk PRIMARY KEY (job, period),
    CONSTRAINT scheduled_run_job_ck CHECK (LENGTH(TRIM(job)) > 0),
    CONSTRAINT scheduled_run_period_ck CHECK (LENGTH(TRIM(period)) > 0)
);
