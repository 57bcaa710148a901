-- One row per item of every kind, by its id (ids come from one generator for all kinds), so that what points
-- at an item (its translations, revisions and view counts) has a real foreign key instead of a (kind, id)
-- pair that could point at nothing. What already points at nothing (left by a delete before purges took
-- everything along) goes.
CREATE TABLE item (
    id   BIGINT      NOT NULL,
    kind VARCHAR(20) NOT NULL,
    CONSTRAINT pk_item PRIMARY KEY (id)
) ${table_options};

INSERT INTO item (id, kind) SELECT id, 'PRODUCT' FROM product;
INSERT INTO item (id, kind) SELECT id, 'ARTICLE' FROM article;
INSERT INTO item (id, kind) SELECT id, 'CASE_STUDY' FROM case_study;
INSERT INTO item (id, kind) SELECT id, 'PAGE' FROM page;

DELETE FROM item_translation_spec
    WHERE translation_id IN (SELECT id FROM item_translation WHERE item_id NOT IN (SELECT id FROM item));
DELETE FROM item_translation WHERE item_id NOT IN (SELECT id FROM item);
DELETE FROM revision WHERE item_id NOT IN (SELECT id FROM item);
DELETE FROM view_count WHERE item_id NOT IN (SELECT id FROM item);
DELETE FROM view_day WHERE item_id NOT IN (SELECT id FROM item);

ALTER TABLE item_translation ADD CONSTRAINT fk_item_translation_item FOREIGN KEY (item_id) REFERENCES item (id);
ALTER TABLE revision ADD CONSTRAINT fk_revision_item FOREIGN KEY (item_id) REFERENCES item (id);
ALTER TABLE view_count ADD CONSTRAINT fk_view_count_item FOREIGN KEY (item_id) REFERENCES item (id);
ALTER TABLE view_day ADD CONSTRAINT fk_view_day_item FOREIGN KEY (item_id) REFERENCES item (id);
