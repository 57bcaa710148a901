-- Files attached to products and articles (manuals, spec sheets, drawings), listed on the item's page as
-- downloads. Item ids are unique across kinds (one id generator), so one table serves every kind.
CREATE TABLE item_file (
    item_id    BIGINT       NOT NULL,
    sort_order INTEGER      NOT NULL,
    path       VARCHAR(200) NOT NULL,
    name       VARCHAR(200) NOT NULL,
    size_bytes BIGINT       NOT NULL,
    CONSTRAINT pk_item_file PRIMARY KEY (item_id, sort_order)
) ${table_options};
CREATE INDEX ix_item_file_path ON item_file (path);
