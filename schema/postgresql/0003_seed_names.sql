-- The seed's column names and types (DESIGN §2), which version 1 had changed
-- without saying so. Mirrors schema/sqlite/0003_seed_names.sql.
--   media.country               -> country_of_origin
--   relationships.source_media_id / target_media_id -> media_id / related_media_id
--   external_links.source       -> source_name
--   relationships.weight        double precision 0-1 -> smallint 0-100 (percent)
-- PostgreSQL rewrites the CHECK constraints and indexes that name a renamed
-- column; their names stay, so errors keep naming them as before.

ALTER TABLE media.media RENAME COLUMN country TO country_of_origin;

ALTER TABLE media.relationships RENAME COLUMN source_media_id TO media_id;
ALTER TABLE media.relationships RENAME COLUMN target_media_id TO related_media_id;
ALTER TABLE media.relationships DROP CONSTRAINT relationships_weight_range;
ALTER TABLE media.relationships ALTER COLUMN weight DROP DEFAULT;
ALTER TABLE media.relationships
    ALTER COLUMN weight TYPE smallint USING round(least(greatest(weight, 0), 1) * 100)::smallint;
ALTER TABLE media.relationships ALTER COLUMN weight SET DEFAULT 100;
ALTER TABLE media.relationships
    ADD CONSTRAINT relationships_weight_range CHECK (weight BETWEEN 0 AND 100);

ALTER TABLE media.external_links RENAME COLUMN source TO source_name;

-- The audit trail refused UPDATE and DELETE but not TRUNCATE, which empties
-- it in one statement without firing row triggers.
CREATE TRIGGER login_events_no_truncate BEFORE TRUNCATE ON auth.login_events
    FOR EACH STATEMENT EXECUTE FUNCTION auth.login_events_append_only();
