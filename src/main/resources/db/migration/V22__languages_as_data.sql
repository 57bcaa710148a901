-- Languages as data: the English texts of categories, banners and the site settings move from their _en
-- columns into a row per language, so that a site may speak any number of languages; the site says which it
-- shows (en by default, as before); a product's translation may carry its own specification table.

CREATE TABLE category_name (
    category_id BIGINT       NOT NULL,
    language    VARCHAR(10)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    CONSTRAINT pk_category_name PRIMARY KEY (category_id, language),
    CONSTRAINT fk_category_name_category FOREIGN KEY (category_id) REFERENCES category (id)
) ${table_options};

INSERT INTO category_name (category_id, language, name)
    SELECT id, 'en', name_en FROM category WHERE name_en IS NOT NULL;

ALTER TABLE category DROP COLUMN name_en;

CREATE TABLE banner_title (
    banner_id BIGINT       NOT NULL,
    language  VARCHAR(10)  NOT NULL,
    title     VARCHAR(100) NOT NULL,
    CONSTRAINT pk_banner_title PRIMARY KEY (banner_id, language),
    CONSTRAINT fk_banner_title_banner FOREIGN KEY (banner_id) REFERENCES banner (id)
) ${table_options};

INSERT INTO banner_title (banner_id, language, title)
    SELECT id, 'en', title_en FROM banner WHERE title_en IS NOT NULL;

ALTER TABLE banner DROP COLUMN title_en;

CREATE TABLE site_settings_text (
    settings_id    BIGINT        NOT NULL,
    language       VARCHAR(10)   NOT NULL,
    company_name   VARCHAR(200),
    address        VARCHAR(500),
    footer_text    VARCHAR(1000),
    description    VARCHAR(300),
    business_hours VARCHAR(200),
    answer_promise VARCHAR(300),
    CONSTRAINT pk_site_settings_text PRIMARY KEY (settings_id, language),
    CONSTRAINT fk_site_settings_text_settings FOREIGN KEY (settings_id) REFERENCES site_settings (id)
) ${table_options};

INSERT INTO site_settings_text (settings_id, language, company_name, address, footer_text, description, business_hours)
    SELECT id, 'en', company_name_en, address_en, footer_text_en, description_en, business_hours_en
    FROM site_settings
    WHERE company_name_en IS NOT NULL OR address_en IS NOT NULL OR footer_text_en IS NOT NULL
       OR description_en IS NOT NULL OR business_hours_en IS NOT NULL;

ALTER TABLE site_settings DROP COLUMN company_name_en;
ALTER TABLE site_settings DROP COLUMN address_en;
ALTER TABLE site_settings DROP COLUMN footer_text_en;
ALTER TABLE site_settings DROP COLUMN description_en;
ALTER TABLE site_settings DROP COLUMN business_hours_en;

ALTER TABLE site_settings ADD COLUMN languages VARCHAR(100) DEFAULT 'en' NOT NULL;
ALTER TABLE site_settings RENAME COLUMN untranslated_in_english TO untranslated_shown;

CREATE TABLE item_translation_spec (
    translation_id BIGINT       NOT NULL,
    sort_order     INTEGER      NOT NULL,
    spec_name      VARCHAR(100) NOT NULL,
    spec_value     VARCHAR(500) NOT NULL,
    CONSTRAINT pk_item_translation_spec PRIMARY KEY (translation_id, sort_order),
    CONSTRAINT fk_item_translation_spec_translation FOREIGN KEY (translation_id) REFERENCES item_translation (id)
) ${table_options};
