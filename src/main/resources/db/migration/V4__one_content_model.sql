-- One content model: products, articles and single pages share the shape of a published item
-- (PublishedItem): title, address, summary, rich-text body, cover, state and publish time, featured, place,
-- recycle bin, who created and last saved it. Every save keeps a revision. Nothing already saved is lost:
-- a product's name becomes its title, its description its body, and "published" becomes the state
-- PUBLISHED with its creation time as publish time (hidden products become drafts).

ALTER TABLE product ADD title VARCHAR(300) DEFAULT '' NOT NULL;
UPDATE product SET title = name;
ALTER TABLE product DROP COLUMN name;

ALTER TABLE product ADD body ${long_text};
UPDATE product SET body = description;
ALTER TABLE product DROP COLUMN description;

ALTER TABLE product ADD status VARCHAR(20) DEFAULT 'DRAFT' NOT NULL;
ALTER TABLE product ADD published_at ${timestamp};
UPDATE product SET status = 'PUBLISHED', published_at = created WHERE published = TRUE;
ALTER TABLE product DROP COLUMN published;
CREATE INDEX ix_product_listing ON product (status, published_at);

ALTER TABLE product ADD created_by VARCHAR(50);
ALTER TABLE product ADD updated_by VARCHAR(50);

ALTER TABLE article ADD featured BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE article ADD sort_order INT DEFAULT 0 NOT NULL;
ALTER TABLE article ADD created_by VARCHAR(50);
ALTER TABLE article ADD updated_by VARCHAR(50);

CREATE TABLE page (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    created      ${timestamp}  NOT NULL,
    updated      ${timestamp}  NOT NULL,
    slug         VARCHAR(200)  NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    summary      VARCHAR(1000),
    body         ${long_text},
    cover_path   VARCHAR(500),
    status       VARCHAR(20)   NOT NULL,
    published_at ${timestamp},
    featured     BOOLEAN       NOT NULL,
    sort_order   INT           NOT NULL,
    in_menu      BOOLEAN       NOT NULL,
    deleted_at   ${timestamp},
    created_by   VARCHAR(50),
    updated_by   VARCHAR(50),
    CONSTRAINT pk_page PRIMARY KEY (id),
    CONSTRAINT uk_page_slug UNIQUE (slug)
) ${table_options};

-- Revisions are written once and never edited; an item keeps its newest 50 (RevisionService.KEPT).
CREATE TABLE revision (
    id        BIGINT        NOT NULL,
    item_kind VARCHAR(20)   NOT NULL,
    item_id   BIGINT        NOT NULL,
    number    INT           NOT NULL,
    saved_at  ${timestamp}  NOT NULL,
    author    VARCHAR(50)   NOT NULL,
    changed   VARCHAR(500),
    snapshot  ${long_text}  NOT NULL,
    CONSTRAINT pk_revision PRIMARY KEY (id),
    CONSTRAINT uk_revision_number UNIQUE (item_kind, item_id, number)
) ${table_options};
