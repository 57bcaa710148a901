-- The rest of the site's design: the logo's height in the header, how the header shows the company (INLINE,
-- CENTRED or LOGO_ONLY), and a design draft staff preview before publishing (name=value pairs; empty: none).
ALTER TABLE site_settings ADD COLUMN logo_height INTEGER DEFAULT 48 NOT NULL;
ALTER TABLE site_settings ADD COLUMN header_layout VARCHAR(20) DEFAULT 'INLINE' NOT NULL;
ALTER TABLE site_settings ADD COLUMN design_draft VARCHAR(1000);

-- Banner slides of the home page: a picture, a title, where it leads, and when it shows (empty: always).
CREATE TABLE banner (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    created       ${timestamp}  NOT NULL,
    updated       ${timestamp}  NOT NULL,
    picture_path  VARCHAR(500)  NOT NULL,
    title         VARCHAR(100),
    title_en      VARCHAR(100),
    link          VARCHAR(500),
    starts_at     ${timestamp},
    ends_at       ${timestamp},
    sort_order    INTEGER       NOT NULL,
    CONSTRAINT pk_banner PRIMARY KEY (id)
) ${table_options};

-- Friendly links (友情链接): other sites the company links to, with their logo if staff give one.
CREATE TABLE friendly_link (
    id            BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    created       ${timestamp}  NOT NULL,
    updated       ${timestamp}  NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    address       VARCHAR(500)  NOT NULL,
    logo_path     VARCHAR(500),
    sort_order    INTEGER       NOT NULL,
    CONSTRAINT pk_friendly_link PRIMARY KEY (id)
) ${table_options};
