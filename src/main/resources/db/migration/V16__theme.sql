-- The site's look: a layout (SIDEBAR, WIDE or CATALOGUE), its two colours (empty: the default ones) and
-- its fonts (SANS or SERIF, system fonts only).
ALTER TABLE site_settings ADD COLUMN theme VARCHAR(20) DEFAULT 'SIDEBAR' NOT NULL;
ALTER TABLE site_settings ADD COLUMN brand_colour VARCHAR(7);
ALTER TABLE site_settings ADD COLUMN accent_colour VARCHAR(7);
ALTER TABLE site_settings ADD COLUMN font VARCHAR(10) DEFAULT 'SANS' NOT NULL;
