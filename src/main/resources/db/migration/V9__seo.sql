-- Search engines: each item's own title and description for results pages (empty: its title and summary),
-- and the site's public address, from which canonical links, the sitemap and shared links are written.
ALTER TABLE product ADD COLUMN seo_title VARCHAR(100);
ALTER TABLE product ADD COLUMN seo_description VARCHAR(300);
ALTER TABLE article ADD COLUMN seo_title VARCHAR(100);
ALTER TABLE article ADD COLUMN seo_description VARCHAR(300);
ALTER TABLE page ADD COLUMN seo_title VARCHAR(100);
ALTER TABLE page ADD COLUMN seo_description VARCHAR(300);
ALTER TABLE site_settings ADD COLUMN site_url VARCHAR(200);
