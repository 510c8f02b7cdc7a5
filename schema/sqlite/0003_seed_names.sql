-- The seed's column names and types (DESIGN §2), which version 1 had changed
-- without saying so. Mirrors schema/postgresql/0003_seed_names.sql.
--   media_media.country         -> country_of_origin
--   media_relationships.source_media_id / target_media_id -> media_id / related_media_id
--   media_external_links.source -> source_name
--   media_relationships.weight  REAL 0-1 -> INTEGER 0-100 (percent; the seed's
--                                SMALLINT, and STRICT tables know no SMALLINT)
-- RENAME COLUMN also rewrites the CHECK constraints, indexes and triggers
-- that name the column. A column's type cannot be changed in place, so the
-- relationships table is rebuilt; nothing refers to it by foreign key.

ALTER TABLE media_media RENAME COLUMN country TO country_of_origin;

ALTER TABLE media_external_links RENAME COLUMN source TO source_name;

ALTER TABLE media_relationships RENAME TO media_relationships_v2;

CREATE TABLE media_relationships (
    media_id         TEXT NOT NULL REFERENCES media_media (id) ON DELETE CASCADE,
    related_media_id TEXT NOT NULL REFERENCES media_media (id) ON DELETE CASCADE,
    relation_type    TEXT NOT NULL CONSTRAINT relationships_type_known CHECK (relation_type IN
                         ('sequel', 'prequel', 'adaptation', 'remake', 'spin_off', 'same_franchise', 'related')),
    weight           INTEGER NOT NULL DEFAULT 100 CONSTRAINT relationships_weight_range CHECK (weight BETWEEN 0 AND 100),
    notes            TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    PRIMARY KEY (media_id, related_media_id, relation_type),
    CONSTRAINT relationships_not_self CHECK (media_id <> related_media_id)
) STRICT;

INSERT INTO media_relationships (media_id, related_media_id, relation_type, weight, notes, created_at)
SELECT source_media_id, target_media_id, relation_type,
       CAST(round(min(max(weight, 0.0), 1.0) * 100) AS INTEGER), notes, created_at
FROM media_relationships_v2;

DROP TABLE media_relationships_v2;

CREATE INDEX relationships_by_target ON media_relationships (related_media_id);

-- Dropping the old table dropped its planner statistics (see 0002).
DELETE FROM sqlite_stat1 WHERE tbl = 'media_relationships';
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('media_relationships', 'sqlite_autoindex_media_relationships_1', '10000 1 1 1'),
    ('media_relationships', 'relationships_by_target', '10000 1');
ANALYZE sqlite_schema;
