-- E-mail for inquiries: who is alerted of a new one and what the visitor is told to expect (site settings),
-- and the outbox. A mail is written in the same transaction as what it is about, then sent by a timer,
-- retried with growing pauses and marked FAILED after the last try; it goes with its inquiry when that is
-- deleted.
ALTER TABLE site_settings ADD COLUMN inquiry_alert_to VARCHAR(500);
ALTER TABLE site_settings ADD COLUMN answer_promise VARCHAR(300);

CREATE TABLE outgoing_mail (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    created       ${timestamp}  NOT NULL,
    updated       ${timestamp}  NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    recipients    VARCHAR(1000) NOT NULL,
    reply_to      VARCHAR(254),
    subject       VARCHAR(300)  NOT NULL,
    body          ${long_text}  NOT NULL,
    inquiry_id    BIGINT,
    sent_by       VARCHAR(50),
    attempts      INTEGER       NOT NULL,
    next_attempt  ${timestamp}  NOT NULL,
    last_error    VARCHAR(500),
    sent_at       ${timestamp},
    CONSTRAINT pk_outgoing_mail PRIMARY KEY (id)
) ${table_options};

CREATE INDEX ix_outgoing_mail_due ON outgoing_mail (status, next_attempt);
CREATE INDEX ix_outgoing_mail_inquiry ON outgoing_mail (inquiry_id);
