-- Inquiries sent by visitors from the contact form, with the product they ask about; suspected spam is
-- kept too (status SPAM, with its reasons), never dropped.
CREATE TABLE inquiry (
    id             BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    created        ${timestamp}  NOT NULL,
    updated        ${timestamp}  NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    company        VARCHAR(200),
    phone          VARCHAR(40),
    email          VARCHAR(254),
    message        ${long_text}  NOT NULL,
    language       VARCHAR(10)   NOT NULL,
    product_id     BIGINT,
    product_title  VARCHAR(300),
    client_address VARCHAR(64)   NOT NULL,
    spam_reasons   VARCHAR(300),
    assigned_to    VARCHAR(50),
    notes          ${long_text},
    fingerprint    VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_inquiry PRIMARY KEY (id)
) ${table_options};

CREATE INDEX ix_inquiry_status ON inquiry (status, created);
CREATE INDEX ix_inquiry_address ON inquiry (client_address, created);
CREATE INDEX ix_inquiry_fingerprint ON inquiry (fingerprint, created);
