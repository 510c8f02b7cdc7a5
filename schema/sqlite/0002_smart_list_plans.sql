-- Smart lists (issue 4): indexes for the viewing user's interactions, and
-- fixed planner statistics. Mirrors schema/postgresql/0002_smart_list_plans.sql.

-- A smart list joins every candidate item with the viewing user's
-- interaction. Probing the table for each candidate reads rows scattered
-- over the whole table (one user's rows are interleaved with everyone
-- else's); this index holds the columns filters compare, so a probe stays in
-- one user's contiguous, cacheable part of one index.
CREATE INDEX user_media_filter_columns ON interaction_user_media
    (user_id, media_id, status, rating, progress, started_at, completed_at);
-- "Completed (or started) in the last N days": a range of one user's
-- interactions in one status, with the rating filters usually add.
CREATE INDEX user_media_by_user_completed ON interaction_user_media
    (user_id, status, completed_at, rating, media_id);
CREATE INDEX user_media_by_user_started ON interaction_user_media
    (user_id, status, started_at, rating, media_id);

-- Planner statistics. Without any, SQLite guesses ten rows for every
-- equality, so "status = completed" looks as selective as "media_type =
-- book" and a full-text match, and a smart list over a large library could
-- start from the wrong table and take seconds. Measured statistics (ANALYZE)
-- would follow the data, so a library's plans would change at whatever moment
-- they were gathered; these fixed ones describe the shape of a household
-- library instead (each member tracks about as many items as the catalogue
-- holds; eleven media types, about a thousand items per class, five
-- statuses, lists of a few hundred items), so plans are the same in every
-- library and the ones measured by the benchmark. (At three thousand items
-- per class, paging a small class subtree backwards from a cursor walks the
-- title index instead of the class index: ten times slower.)
-- Each row: table, index, "rows in the table, then the average rows per value
-- of each index prefix". SQLite drops an index's row when the index is
-- dropped; BulkWriter puts back the rows of the indexes it rebuilds, and a
-- later migration that adds an index must add its row (tst_migrations checks
-- that every index has one).
ANALYZE sqlite_schema;
DELETE FROM sqlite_stat1;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('media_media', 'sqlite_autoindex_media_media_1', '100000 1'),
    ('media_media', 'sqlite_autoindex_media_media_2', '100000 1'),
    ('media_media', 'media_by_sort_title', '100000 2 1'),
    ('media_media', 'media_by_type_sort_title', '100000 9091 2 1'),
    ('media_media', 'media_by_release_asc', '100000 3 1'),
    ('media_media', 'media_by_release_desc', '100000 3 1'),
    ('media_media', 'media_by_created', '100000 1 1'),
    ('media_media', 'media_by_updated', '100000 1 1'),
    ('media_media', 'media_by_class', '100000 1000 2'),
    ('media_relationships', 'sqlite_autoindex_media_relationships_1', '10000 1 1 1'),
    ('media_relationships', 'relationships_by_target', '10000 1'),
    ('media_external_links', 'sqlite_autoindex_media_external_links_1', '100000 1'),
    ('media_external_links', 'sqlite_autoindex_media_external_links_2', '100000 2 1 1'),
    ('media_external_links', 'external_links_by_key', '100000 6575 1'),
    ('users_users', 'sqlite_autoindex_users_users_1', '10 1'),
    ('users_users', 'sqlite_autoindex_users_users_2', '10 1'),
    ('users_users', 'sqlite_autoindex_users_users_3', '10 1'),
    ('interaction_user_media', 'sqlite_autoindex_interaction_user_media_1', '1000000 100000 1'),
    ('interaction_user_media', 'user_media_by_user_status', '1000000 100000 20000 1 1'),
    ('interaction_user_media', 'user_media_by_user_updated', '1000000 100000 1 1'),
    ('interaction_user_media', 'user_media_by_media', '1000000 10'),
    ('interaction_user_media', 'user_media_filter_columns', '1000000 100000 1 1 1 1 1 1'),
    ('interaction_user_media', 'user_media_by_user_completed', '1000000 100000 20000 2 2 1'),
    ('interaction_user_media', 'user_media_by_user_started', '1000000 100000 20000 1 1 1'),
    ('interaction_user_lists', 'sqlite_autoindex_interaction_user_lists_1', '20 1'),
    ('interaction_user_lists', 'sqlite_autoindex_interaction_user_lists_2', '20 2 1'),
    ('interaction_list_items', 'sqlite_autoindex_interaction_list_items_1', '5000 250 1'),
    ('interaction_list_items', 'list_items_by_position', '5000 250 1 1'),
    ('interaction_list_items', 'list_items_by_media', '5000 1'),
    ('interaction_smart_lists', 'sqlite_autoindex_interaction_smart_lists_1', '20 1');
-- Loads the rows into this connection's planner; others load them when they
-- open (or re-read the changed schema).
ANALYZE sqlite_schema;
