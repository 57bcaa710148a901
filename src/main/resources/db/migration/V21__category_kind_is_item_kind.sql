-- A category's kind is now the kind of the items in it, by the same names as everywhere else (ItemKind): the
-- news categories' NEWS becomes ARTICLE, as their articles are recorded in revisions, translations and counts.
UPDATE category SET kind = 'ARTICLE' WHERE kind = 'NEWS';
