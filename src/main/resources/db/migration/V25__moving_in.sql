-- What imports from another site system brought (issue 26): each thing by its key in the old system, so that an
-- import run again updates it instead of adding it twice; and the old site's addresses, each answered with a
-- permanent redirect to the new page. An item's rows go when it is deleted for good (ItemPurged).
CREATE TABLE moved_entry (
    id          BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    created     ${timestamp}  NOT NULL,
    updated     ${timestamp}  NOT NULL,
    source      VARCHAR(200)  NOT NULL,
    source_key  VARCHAR(200)  NOT NULL,
    item_id     BIGINT,
    category_id BIGINT,
    media_path  VARCHAR(500),
    CONSTRAINT pk_moved_entry PRIMARY KEY (id),
    CONSTRAINT uq_moved_entry_key UNIQUE (source, source_key),
    CONSTRAINT fk_moved_entry_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_moved_entry_category FOREIGN KEY (category_id) REFERENCES category (id) ON DELETE SET NULL
) ${table_options};

CREATE TABLE old_address (
    id        BIGINT        NOT NULL,
    version   BIGINT        NOT NULL,
    created   ${timestamp}  NOT NULL,
    updated   ${timestamp}  NOT NULL,
    address   VARCHAR(500)  NOT NULL,
    entry_id  BIGINT        NOT NULL,
    CONSTRAINT pk_old_address PRIMARY KEY (id),
    CONSTRAINT uq_old_address UNIQUE (address),
    CONSTRAINT fk_old_address_entry FOREIGN KEY (entry_id) REFERENCES moved_entry (id)
) ${table_options};
