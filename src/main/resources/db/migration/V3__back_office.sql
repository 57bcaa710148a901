-- The back office: staff accounts, the audit log, and the recycle bin for products and articles.

CREATE TABLE app_user (
    id            BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    created       ${timestamp} NOT NULL,
    updated       ${timestamp} NOT NULL,
    username      VARCHAR(50)  NOT NULL,
    password_hash VARCHAR(500) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username)
) ${table_options};

CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL,
    occurred_at ${timestamp}  NOT NULL,
    actor       VARCHAR(50)   NOT NULL,
    action_type VARCHAR(40)   NOT NULL,
    target_type VARCHAR(40)   NOT NULL,
    target_id   BIGINT,
    summary     VARCHAR(500),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
) ${table_options};

CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);

ALTER TABLE product ADD deleted_at ${timestamp};
ALTER TABLE article ADD deleted_at ${timestamp};
