-- The public site: settings, categories, products, articles and their view counts.
-- Portable SQL for H2, PostgreSQL and MariaDB; ${long_text}, ${timestamp} and ${table_options}
-- are filled in per database (see SqlDialect).

CREATE TABLE id_gen (
    gen_name  VARCHAR(64) NOT NULL,
    gen_value BIGINT      NOT NULL,
    CONSTRAINT pk_id_gen PRIMARY KEY (gen_name)
) ${table_options};

INSERT INTO id_gen (gen_name, gen_value) VALUES ('vitrine', 0);

CREATE TABLE site_settings (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    created      ${timestamp}  NOT NULL,
    updated      ${timestamp}  NOT NULL,
    company_name VARCHAR(200)  NOT NULL,
    logo_path    VARCHAR(500),
    email        VARCHAR(200),
    phone        VARCHAR(100),
    fax          VARCHAR(100),
    address      VARCHAR(500),
    icp_number   VARCHAR(100),
    footer_text  VARCHAR(1000),
    CONSTRAINT pk_site_settings PRIMARY KEY (id)
) ${table_options};

CREATE TABLE category (
    id         BIGINT       NOT NULL,
    version    BIGINT       NOT NULL,
    created    ${timestamp} NOT NULL,
    updated    ${timestamp} NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    slug       VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL,
    CONSTRAINT pk_category PRIMARY KEY (id),
    CONSTRAINT uk_category_kind_slug UNIQUE (kind, slug)
) ${table_options};

CREATE TABLE product (
    id          BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    created     ${timestamp}  NOT NULL,
    updated     ${timestamp}  NOT NULL,
    category_id BIGINT        NOT NULL,
    slug        VARCHAR(200)  NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    summary     VARCHAR(1000),
    description ${long_text},
    cover_path  VARCHAR(500),
    sort_order  INT           NOT NULL,
    featured    BOOLEAN       NOT NULL,
    published   BOOLEAN       NOT NULL,
    CONSTRAINT pk_product PRIMARY KEY (id),
    CONSTRAINT uk_product_slug UNIQUE (slug),
    CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id)
) ${table_options};

CREATE INDEX ix_product_category_order ON product (category_id, sort_order);

CREATE TABLE product_image (
    id         BIGINT       NOT NULL,
    version    BIGINT       NOT NULL,
    created    ${timestamp} NOT NULL,
    updated    ${timestamp} NOT NULL,
    product_id BIGINT       NOT NULL,
    path       VARCHAR(500) NOT NULL,
    alt_text   VARCHAR(200),
    sort_order INT          NOT NULL,
    CONSTRAINT pk_product_image PRIMARY KEY (id),
    CONSTRAINT fk_product_image_product FOREIGN KEY (product_id) REFERENCES product (id)
) ${table_options};

CREATE INDEX ix_product_image_product ON product_image (product_id, sort_order);

CREATE TABLE product_spec (
    product_id BIGINT       NOT NULL,
    sort_order INT          NOT NULL,
    spec_name  VARCHAR(100) NOT NULL,
    spec_value VARCHAR(500) NOT NULL,
    CONSTRAINT pk_product_spec PRIMARY KEY (product_id, sort_order),
    CONSTRAINT fk_product_spec_product FOREIGN KEY (product_id) REFERENCES product (id)
) ${table_options};

CREATE TABLE article (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    created      ${timestamp}  NOT NULL,
    updated      ${timestamp}  NOT NULL,
    category_id  BIGINT        NOT NULL,
    slug         VARCHAR(200)  NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    summary      VARCHAR(1000),
    body         ${long_text},
    cover_path   VARCHAR(500),
    status       VARCHAR(20)   NOT NULL,
    published_at ${timestamp},
    CONSTRAINT pk_article PRIMARY KEY (id),
    CONSTRAINT uk_article_slug UNIQUE (slug),
    CONSTRAINT fk_article_category FOREIGN KEY (category_id) REFERENCES category (id)
) ${table_options};

CREATE INDEX ix_article_listing ON article (status, published_at);

-- View counts live apart from what editors edit: counting a view never touches an item's version.
CREATE TABLE view_count (
    kind    VARCHAR(20) NOT NULL,
    item_id BIGINT      NOT NULL,
    views   BIGINT      NOT NULL,
    CONSTRAINT pk_view_count PRIMARY KEY (kind, item_id)
) ${table_options};
