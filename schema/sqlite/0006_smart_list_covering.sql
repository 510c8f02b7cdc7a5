-- Smart lists (issue 13): the type index also holds the item columns
-- filters compare most (country, release date, class), so that a list over
-- some types, sorted by title, finds its matches in the index alone. A list
-- first finds its matches as ids and sort keys (SmartListQuery::firstPage);
-- reading each candidate's row instead went through the whole table, which
-- is larger than the page cache, and pushed the viewing user's interactions
-- out of it: "planned Japanese anime and manga" took 110 ms, 17 ms covered.
-- PostgreSQL has no counterpart: its plans for these lists hash the
-- matches, and the same covering columns (INCLUDE) measured no faster.
DROP INDEX media_by_type_sort_title;
CREATE INDEX media_by_type_sort_title ON media_media
    (media_type, sort_title, id, country_of_origin, release_date, media_class);
-- Every index has fixed planner statistics (0002_smart_list_plans.sql).
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('media_media', 'media_by_type_sort_title', '100000 9091 2 1 1 1 1');
ANALYZE sqlite_schema;
