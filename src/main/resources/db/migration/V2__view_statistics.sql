-- Daily view totals per item, and the requests that were not counted (bots, repeats, staff), per day.

CREATE TABLE view_day (
    kind      VARCHAR(20) NOT NULL,
    item_id   BIGINT      NOT NULL,
    view_date DATE        NOT NULL,
    views     BIGINT      NOT NULL,
    CONSTRAINT pk_view_day PRIMARY KEY (kind, item_id, view_date)
) ${table_options};

CREATE INDEX ix_view_day_date ON view_day (view_date);

CREATE TABLE view_drop_day (
    view_date DATE        NOT NULL,
    reason    VARCHAR(20) NOT NULL,
    requests  BIGINT      NOT NULL,
    CONSTRAINT pk_view_drop_day PRIMARY KEY (view_date, reason)
) ${table_options};
