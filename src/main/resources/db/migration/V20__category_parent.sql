-- Categories in categories (汽车音响 › 功放): the one a category sits in; empty at the top. A category's
-- sort_order is now its place in its kind's tree read depth first, which the places already are for a flat list.
ALTER TABLE category ADD COLUMN parent_id BIGINT;
CREATE INDEX ix_category_parent ON category (parent_id);
ALTER TABLE category ADD CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id);
