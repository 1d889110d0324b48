-- Calendar invitations by e-mail and a private calendar feed (issue #8).

-- The outbox becomes a mail queue. state: PENDING (to send, not before next_attempt_at), SENDING
-- (claimed by one server at claimed_at; a claim older than a few minutes is taken over), SENT,
-- SKIPPED (never mailed: the person has no e-mail address, or the message was written before mail
-- delivery existed) and FAILED (given up after repeated errors). recipient is the address at the
-- time of the change; a calendar message carries its iCalendar text (one VEVENT) and its method.
ALTER TABLE notification ADD COLUMN state VARCHAR(10) DEFAULT 'SKIPPED' NOT NULL;
ALTER TABLE notification ALTER COLUMN state DEFAULT 'PENDING';
UPDATE notification SET state = 'SENT' WHERE sent_at IS NOT NULL;
ALTER TABLE notification ADD COLUMN recipient VARCHAR(254);
ALTER TABLE notification ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE notification ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE notification ADD COLUMN claimed_at TIMESTAMP;
ALTER TABLE notification ADD COLUMN calendar_method VARCHAR(10);
ALTER TABLE notification ADD COLUMN calendar CLOB(64 K);
ALTER TABLE notification ADD CONSTRAINT notification_state_ck
    CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'SKIPPED', 'FAILED'));
ALTER TABLE notification ADD CONSTRAINT notification_recipient_ck
    CHECK (state NOT IN ('PENDING', 'SENDING') OR recipient IS NOT NULL);
ALTER TABLE notification ADD CONSTRAINT notification_sent_ck
    CHECK ((state = 'SENT' AND sent_at IS NOT NULL) OR (state <> 'SENT' AND sent_at IS NULL));
ALTER TABLE notification ADD CONSTRAINT notification_claimed_ck CHECK (state <> 'SENDING' OR claimed_at IS NOT NULL);
ALTER TABLE notification ADD CONSTRAINT notification_attempts_ck CHECK (attempts >= 0);
ALTER TABLE notification ADD CONSTRAINT notification_calendar_ck
    CHECK ((calendar_method IS NULL AND calendar IS NULL)
        OR (calendar_method IN ('REQUEST', 'CANCEL') AND calendar IS NOT NULL));
CREATE INDEX notification_state_ix ON notification (state, next_attempt_at);
CREATE INDEX notification_person_ix ON notification (person_id);

-- What a person's calendar holds of one meeting (mødegang) after the invitations we sent: the
-- SEQUENCE of the last message, whether it invited or cancelled, and a fingerprint of the event's
-- time, place and title, so a change of any of them sends an update with a higher SEQUENCE.
CREATE TABLE calendar_invitation (
    person_id   BIGINT      NOT NULL,
    meeting_id  BIGINT      NOT NULL,
    sequence_no INTEGER     NOT NULL,
    invited     BOOLEAN     NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    CONSTRAINT calendar_invitation_pk PRIMARY KEY (person_id, meeting_id),
    CONSTRAINT calendar_invitation_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT calendar_invitation_meeting_fk FOREIGN KEY (meeting_id) REFERENCES session_meeting (id),
    CONSTRAINT calendar_invitation_sequence_ck CHECK (sequence_no >= 0)
);
CREATE INDEX calendar_invitation_meeting_ix ON calendar_invitation (meeting_id);

-- The secret address of a person's calendar feed: 256 random bits, base64url. A new one replaces
-- the old, which then answers 404.
CREATE TABLE calendar_feed (
    person_id  BIGINT      NOT NULL PRIMARY KEY,
    token      VARCHAR(64) NOT NULL,
    created_at TIMESTAMP   NOT NULL,
    CONSTRAINT calendar_feed_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT calendar_feed_token_uq UNIQUE (token),
    CONSTRAINT calendar_feed_token_ck CHECK (LENGTH(token) >= 43)
);
