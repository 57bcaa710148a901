-- A message of the old site's guestbook an import brought into the inbox, so that a second run finds it instead of
-- adding it again (issue 26). Deleting the inquiry (by staff, or by the retention period) leaves the entry: it is not
-- brought again.
ALTER TABLE moved_entry ADD inquiry_id BIGINT;
CREATE INDEX ix_moved_entry_inquiry ON moved_entry (inquiry_id);
ALTER TABLE moved_entry ADD CONSTRAINT fk_moved_entry_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id) ON DELETE SET NULL;
