-- The home page as an ordered list of blocks the staff switch on, off and reorder (names, comma-separated).
ALTER TABLE site_settings ADD COLUMN home_blocks VARCHAR(200) DEFAULT 'FEATURED,NEWS' NOT NULL;
