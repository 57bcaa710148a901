-- A watermark on the pictures visitors see (never on the stored originals): a text or the logo, where, and
-- how opaque (percent). No text and no logo: no watermark.
ALTER TABLE site_settings ADD COLUMN watermark_text VARCHAR(40);
ALTER TABLE site_settings ADD COLUMN watermark_logo BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE site_settings ADD COLUMN watermark_position VARCHAR(20) DEFAULT 'BOTTOM_RIGHT' NOT NULL;
ALTER TABLE site_settings ADD COLUMN watermark_opacity INTEGER DEFAULT 40 NOT NULL;
