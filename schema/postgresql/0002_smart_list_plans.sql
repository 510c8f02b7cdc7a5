-- Smart lists (issue 4): indexes for the viewing user's interactions.
-- Mirrors schema/sqlite/0002_smart_list_plans.sql (which also fixes SQLite's
-- planner statistics; PostgreSQL gathers its own with ANALYZE/autovacuum).

-- The interaction columns filters compare, reachable from (user, item)
-- without visiting the table: an index-only probe per candidate item.
CREATE INDEX user_media_filter_columns ON interaction.user_media
    (user_id, media_id, status, rating, progress, started_at, completed_at);
-- "Completed (or started) in the last N days": a range of one user's
-- interactions in one status, with the rating filters usually add.
CREATE INDEX user_media_by_user_completed ON interaction.user_media
    (user_id, status, completed_at, rating, media_id);
CREATE INDEX user_media_by_user_started ON interaction.user_media
    (user_id, status, started_at, rating, media_id);
