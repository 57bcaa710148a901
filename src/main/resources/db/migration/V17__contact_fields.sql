-- Contact details staff of Chinese company sites expect: a mobile, WeChat (ID and QR picture), QQ, business
-- hours (and their English), a map link, and the public security filing number (公安备案号).
ALTER TABLE site_settings ADD COLUMN mobile VARCHAR(100);
ALTER TABLE site_settings ADD COLUMN wechat_id VARCHAR(40);
ALTER TABLE site_settings ADD COLUMN wechat_qr_path VARCHAR(500);
ALTER TABLE site_settings ADD COLUMN qq VARCHAR(12);
ALTER TABLE site_settings ADD COLUMN business_hours VARCHAR(200);
ALTER TABLE site_settings ADD COLUMN business_hours_en VARCHAR(200);
ALTER TABLE site_settings ADD COLUMN map_url VARCHAR(500);
ALTER TABLE site_settings ADD COLUMN psb_number VARCHAR(60);
