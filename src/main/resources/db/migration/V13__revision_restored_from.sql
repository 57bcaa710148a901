-- A revision made by restoring an earlier one names it, so the history says "restored #3".
ALTER TABLE revision ADD COLUMN restored_from INTEGER;
