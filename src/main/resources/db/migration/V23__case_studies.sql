-- Case studies (工程案例): jobs the company did, for whom, where and when; in categories of their own
-- (category.kind CASE_STUDY), counted, translated and searched like the other kinds.
CREATE TABLE case_study (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    created         ${timestamp}  NOT NULL,
    updated         ${timestamp}  NOT NULL,
    category_id     BIGINT        NOT NULL,
    slug            VARCHAR(200)  NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    summary         VARCHAR(1000),
    body            ${long_text},
    cover_path      VARCHAR(500),
    status          VARCHAR(20)   NOT NULL,
    published_at    ${timestamp},
    deleted_at      ${timestamp},
    featured        BOOLEAN       DEFAULT FALSE NOT NULL,
    sort_order      INT           DEFAULT 0 NOT NULL,
    created_by      VARCHAR(50),
    updated_by      VARCHAR(50),
    seo_title       VARCHAR(100),
    seo_description VARCHAR(300),
    client          VARCHAR(200),
    place           VARCHAR(200),
    completed_on    DATE,
    CONSTRAINT pk_case_study PRIMARY KEY (id),
    CONSTRAINT uk_case_study_slug UNIQUE (slug),
    CONSTRAINT fk_case_study_category FOREIGN KEY (category_id) REFERENCES category (id)
) ${table_options};

CREATE INDEX ix_case_study_listing ON case_study (status, published_at);
