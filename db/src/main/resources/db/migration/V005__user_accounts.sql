-- Sign-in for the embedded default: WildFly Elytron's JDBC realm reads these tables. Passwords
-- are stored as salted PBKDF2-HMAC-SHA256 digests (Elytron's scram-sha-256 form), never in clear.
CREATE TABLE user_account (
    username            VARCHAR(100) NOT NULL PRIMARY KEY,
    password_hash       VARCHAR(100) NOT NULL,
    password_salt       VARCHAR(100) NOT NULL,
    password_iterations INTEGER      NOT NULL,
    person_id           BIGINT,
    provider_id         BIGINT,
    enabled             BOOLEAN      DEFAULT TRUE NOT NULL,
    CONSTRAINT user_account_person_fk FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT user_account_provider_fk FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT user_account_person_uq UNIQUE (person_id),
    CONSTRAINT user_account_iterations_ck CHECK (password_iterations >= 10000),
    CONSTRAINT user_account_username_ck CHECK (LENGTH(TRIM(username)) >= 2)
);

CREATE TABLE user_role (
    username VARCHAR(100) NOT NULL,
    role     VARCHAR(20)  NOT NULL,
    CONSTRAINT user_role_pk PRIMARY KEY (username, role),
    CONSTRAINT user_role_account_fk FOREIGN KEY (username) REFERENCES user_account (username),
    CONSTRAINT user_role_ck CHECK (role IN ('employee', 'volunteer', 'leader', 'hr', 'educator'))
);
