-- The site's description: the meta description of pages that have no summary of their own.
ALTER TABLE site_settings ADD COLUMN description VARCHAR(300);
