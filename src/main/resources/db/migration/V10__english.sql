-- English beside Chinese: an item's English version is a translation of it (its own address, title,
-- summary, text and search engine fields), not a copy; categories and the site's own texts get an English
-- name beside theirs. Whether items without an English version show in English lists is a site setting.
CREATE TABLE item_translation (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    created         ${timestamp}  NOT NULL,
    updated         ${timestamp}  NOT NULL,
    item_kind       VARCHAR(20)   NOT NULL,
    item_id         BIGINT        NOT NULL,
    language        VARCHAR(10)   NOT NULL,
    slug            VARCHAR(200)  NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    summary         VARCHAR(1000),
    body            ${long_text},
    seo_title       VARCHAR(100),
    seo_description VARCHAR(300),
    updated_by      VARCHAR(50),
    CONSTRAINT pk_item_translation PRIMARY KEY (id),
    CONSTRAINT uq_item_translation_item UNIQUE (item_kind, item_id, language),
    CONSTRAINT uq_item_translation_slug UNIQUE (item_kind, language, slug)
) ${table_options};

ALTER TABLE category ADD COLUMN name_en VARCHAR(100);
ALTER TABLE site_settings ADD COLUMN company_name_en VARCHAR(200);
ALTER TABLE site_settings ADD COLUMN address_en VARCHAR(500);
ALTER TABLE site_settings ADD COLUMN footer_text_en VARCHAR(1000);
ALTER TABLE site_settings ADD COLUMN description_en VARCHAR(300);
ALTER TABLE site_settings ADD COLUMN untranslated_in_english BOOLEAN DEFAULT TRUE NOT NULL;
