-- The site's own secret, made by the first instance that needs it (SiteKeys) and read by every other:
-- form tokens, visitor fingerprints and the instances' change messages are keyed by what is derived from
-- it, so nothing secret has to travel through the data grid.
CREATE TABLE site_key (
    name   VARCHAR(40)  NOT NULL,
    secret VARCHAR(100) NOT NULL,
    CONSTRAINT pk_site_key PRIMARY KEY (name)
) ${table_options};
