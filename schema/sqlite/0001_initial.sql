-- OmniMediaTrak library schema, SQLite dialect, version 1.
-- Mirrors schema/postgresql/0001_initial.sql table for table and column for
-- column (tests/storage/tst_schema compares them). Type mapping (DESIGN §2):
-- UUID -> TEXT (lower case), TIMESTAMPTZ -> TEXT ISO-8601 UTC with
-- milliseconds, JSONB and TEXT_ARRAY -> TEXT holding JSON, LTREE -> TEXT,
-- TSVECTOR -> the FTS5 table media_search kept by triggers.
-- Tables are STRICT so that a wrongly typed value is refused as PostgreSQL would.
-- Constraint names are the same in both dialects so errors name them alike.

-- ---------------------------------------------------------------- media ---

CREATE TABLE media_media (
    -- SQLite only: an explicit rowid that VACUUM never renumbers, because the
    -- full-text index refers to rows by it.
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE CONSTRAINT media_id_format CHECK (length(id) = 36 AND id = lower(id)),
    external_id  TEXT UNIQUE CONSTRAINT media_external_id_not_empty CHECK (external_id IS NULL OR external_id <> ''),
    media_type   TEXT NOT NULL CONSTRAINT media_type_known CHECK (media_type IN
                     ('book', 'audiobook', 'film', 'tv_show', 'anime', 'manga', 'comic', 'game',
                      'music_album', 'podcast', 'board_game')),
    media_class  TEXT CONSTRAINT media_class_format CHECK (media_class IS NULL OR (
                     media_class <> '' AND media_class NOT GLOB '*[^A-Za-z0-9_.]*'
                     AND media_class NOT GLOB '.*' AND media_class NOT GLOB '*.'
                     AND media_class NOT GLOB '*..*')),
    title        TEXT NOT NULL CONSTRAINT media_title_not_blank CHECK (trim(title) <> ''),
    -- Accent- and case-folded title (TextKeys::sortKey), compared byte-wise.
    sort_title   TEXT NOT NULL,
    release_date TEXT CONSTRAINT media_release_date_format CHECK (release_date IS NULL OR (
                     release_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'
                     AND date(release_date) = release_date)),
    country      TEXT CONSTRAINT media_country_format CHECK (country IS NULL OR country GLOB '[A-Z][A-Z]'),
    creators     TEXT NOT NULL DEFAULT '[]' CONSTRAINT media_creators_array CHECK (json_valid(creators) AND json_type(creators) = 'array'),
    cover_url    TEXT,
    description  TEXT,
    attributes   TEXT NOT NULL DEFAULT '{}' CONSTRAINT media_attributes_object CHECK (json_valid(attributes) AND json_type(attributes) = 'object'),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

-- Paging (keyset) in every supported order; the expressions match
-- SqliteDialect::mediaSortExpression so unknown dates sort last both ways.
CREATE INDEX media_by_sort_title ON media_media (sort_title, id);
CREATE INDEX media_by_type_sort_title ON media_media (media_type, sort_title, id);
CREATE INDEX media_by_release_asc ON media_media (coalesce(release_date, '9999-12-31'), id);
CREATE INDEX media_by_release_desc ON media_media (coalesce(release_date, '0000-01-01'), id);
CREATE INDEX media_by_created ON media_media (created_at, id);
CREATE INDEX media_by_updated ON media_media (updated_at, id);
-- Class subtrees: = 'a.b' or the range ['a.b.', 'a.b/').
CREATE INDEX media_by_class ON media_media (media_class, sort_title);

CREATE VIRTUAL TABLE media_search USING fts5(
    title, creators, description,
    content = 'media_media', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER media_search_after_insert AFTER INSERT ON media_media BEGIN
    INSERT INTO media_search (rowid, title, creators, description)
    VALUES (new.seq, new.title, new.creators, new.description);
END;

CREATE TRIGGER media_search_after_delete AFTER DELETE ON media_media BEGIN
    INSERT INTO media_search (media_search, rowid, title, creators, description)
    VALUES ('delete', old.seq, old.title, old.creators, old.description);
END;

CREATE TRIGGER media_search_after_update AFTER UPDATE OF title, creators, description ON media_media BEGIN
    INSERT INTO media_search (media_search, rowid, title, creators, description)
    VALUES ('delete', old.seq, old.title, old.creators, old.description);
    INSERT INTO media_search (rowid, title, creators, description)
    VALUES (new.seq, new.title, new.creators, new.description);
END;

CREATE TABLE media_relationships (
    source_media_id TEXT NOT NULL REFERENCES media_media (id) ON DELETE CASCADE,
    target_media_id TEXT NOT NULL REFERENCES media_media (id) ON DELETE CASCADE,
    relation_type   TEXT NOT NULL CONSTRAINT relationships_type_known CHECK (relation_type IN
                        ('sequel', 'prequel', 'adaptation', 'remake', 'spin_off', 'same_franchise', 'related')),
    weight          REAL NOT NULL DEFAULT 1.0 CONSTRAINT relationships_weight_range CHECK (weight >= 0 AND weight <= 1),
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    PRIMARY KEY (source_media_id, target_media_id, relation_type),
    CONSTRAINT relationships_not_self CHECK (source_media_id <> target_media_id)
) STRICT;

CREATE INDEX relationships_by_target ON media_relationships (target_media_id);

CREATE TABLE media_external_links (
    id           TEXT PRIMARY KEY NOT NULL,
    media_id     TEXT NOT NULL REFERENCES media_media (id) ON DELETE CASCADE,
    source       TEXT NOT NULL CONSTRAINT external_links_source_format CHECK (source <> '' AND source NOT GLOB '*[^a-z0-9_]*'),
    external_key TEXT NOT NULL CONSTRAINT external_links_key_not_blank CHECK (trim(external_key) <> ''),
    url          TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    CONSTRAINT external_links_unique UNIQUE (media_id, source, external_key)
) STRICT;

CREATE INDEX external_links_by_key ON media_external_links (source, external_key);

-- ---------------------------------------------------------------- users ---

CREATE TABLE users_users (
    id               TEXT PRIMARY KEY NOT NULL,
    username         TEXT NOT NULL UNIQUE CONSTRAINT users_username_format CHECK (
                         length(username) BETWEEN 1 AND 64 AND username NOT GLOB '*[^a-z0-9_.-]*'),
    email            TEXT UNIQUE CONSTRAINT users_email_format CHECK (email IS NULL OR (
                         email = lower(email) AND email LIKE '_%@_%')),
    display_name     TEXT NOT NULL DEFAULT '',
    -- bcrypt hash made by the server (pgcrypto); NULL for the local owner profile.
    password_hash    TEXT,
    role             TEXT NOT NULL DEFAULT 'member' CONSTRAINT users_role_known CHECK (role IN ('admin', 'member')),
    profile_settings TEXT NOT NULL DEFAULT '{}' CONSTRAINT users_profile_settings_object CHECK (
                         json_valid(profile_settings) AND json_type(profile_settings) = 'object'),
    is_active        INTEGER NOT NULL DEFAULT 1 CONSTRAINT users_is_active_boolean CHECK (is_active IN (0, 1)),
    last_login_at    TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;

-- ---------------------------------------------------------- interaction ---

CREATE TABLE interaction_user_media (
    user_id       TEXT NOT NULL REFERENCES users_users (id) ON DELETE CASCADE,
    media_id      TEXT NOT NULL REFERENCES media_media (id) ON DELETE CASCADE,
    status        TEXT NOT NULL DEFAULT 'planned' CONSTRAINT user_media_status_known CHECK (status IN
                      ('planned', 'in_progress', 'completed', 'on_hold', 'dropped')),
    progress      INTEGER NOT NULL DEFAULT 0 CONSTRAINT user_media_progress_non_negative CHECK (progress >= 0),
    rating        INTEGER CONSTRAINT user_media_rating_range CHECK (rating IS NULL OR rating BETWEEN 1 AND 10),
    notes         TEXT NOT NULL DEFAULT '',
    started_at    TEXT,
    completed_at  TEXT,
    meta_snapshot TEXT NOT NULL DEFAULT '{}' CONSTRAINT user_media_meta_snapshot_object CHECK (
                      json_valid(meta_snapshot) AND json_type(meta_snapshot) = 'object'),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (user_id, media_id)
) STRICT;

CREATE INDEX user_media_by_user_status ON interaction_user_media (user_id, status, updated_at, media_id);
CREATE INDEX user_media_by_user_updated ON interaction_user_media (user_id, updated_at, media_id);
CREATE INDEX user_media_by_media ON interaction_user_media (media_id);

CREATE TABLE interaction_user_lists (
    id                TEXT PRIMARY KEY NOT NULL,
    user_id           TEXT NOT NULL REFERENCES users_users (id) ON DELETE CASCADE,
    name              TEXT NOT NULL CONSTRAINT user_lists_name_not_blank CHECK (trim(name) <> ''),
    description       TEXT NOT NULL DEFAULT '',
    list_type         TEXT NOT NULL DEFAULT 'manual' CONSTRAINT user_lists_type_known CHECK (list_type IN ('manual', 'smart')),
    is_public         INTEGER NOT NULL DEFAULT 0 CONSTRAINT user_lists_is_public_boolean CHECK (is_public IN (0, 1)),
    filter_definition TEXT CONSTRAINT user_lists_filter_object CHECK (filter_definition IS NULL OR (
                          json_valid(filter_definition) AND json_type(filter_definition) = 'object')),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CONSTRAINT user_lists_unique_name UNIQUE (user_id, name)
) STRICT;

CREATE TABLE interaction_list_items (
    list_id  TEXT NOT NULL REFERENCES interaction_user_lists (id) ON DELETE CASCADE,
    media_id TEXT NOT NULL REFERENCES media_media (id) ON DELETE CASCADE,
    -- Gapped order key (DESIGN §6); not unique so that renumbering in one
    -- statement never trips over a transient duplicate.
    position INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (list_id, media_id)
) STRICT;

CREATE INDEX list_items_by_position ON interaction_list_items (list_id, position, media_id);
CREATE INDEX list_items_by_media ON interaction_list_items (media_id);

CREATE TABLE interaction_smart_lists (
    list_id           TEXT PRIMARY KEY NOT NULL REFERENCES interaction_user_lists (id) ON DELETE CASCADE,
    filter_definition TEXT NOT NULL CONSTRAINT smart_lists_filter_object CHECK (
                          json_valid(filter_definition) AND json_type(filter_definition) = 'object'),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) STRICT;

-- ----------------------------------------------------------------- auth ---
-- Used by the household server; present here so data moves between backends.

CREATE TABLE auth_sessions (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users_users (id) ON DELETE CASCADE,
    -- SHA-256 of the token; the token itself is only ever on the client.
    token_hash   BLOB NOT NULL UNIQUE CONSTRAINT sessions_token_hash_length CHECK (length(token_hash) = 32),
    client_name  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    last_seen_at TEXT,
    revoked_at   TEXT
) STRICT;

CREATE INDEX sessions_by_user ON auth_sessions (user_id);

CREATE TABLE auth_tokens (
    id         TEXT PRIMARY KEY NOT NULL,
    user_id    TEXT NOT NULL REFERENCES users_users (id) ON DELETE CASCADE,
    token_hash BLOB NOT NULL UNIQUE CONSTRAINT tokens_token_hash_length CHECK (length(token_hash) = 32),
    purpose    TEXT NOT NULL CONSTRAINT tokens_purpose_known CHECK (purpose IN ('remember_me', 'invitation')),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT,
    revoked_at TEXT
) STRICT;

CREATE INDEX tokens_by_user ON auth_tokens (user_id);

-- Append-only audit trail. No foreign key: events outlive deleted accounts.
CREATE TABLE auth_login_events (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT,
    username       TEXT NOT NULL,
    succeeded      INTEGER NOT NULL CONSTRAINT login_events_succeeded_boolean CHECK (succeeded IN (0, 1)),
    reason         TEXT NOT NULL DEFAULT '',
    client_address TEXT NOT NULL DEFAULT '',
    occurred_at    TEXT NOT NULL
) STRICT;

CREATE INDEX login_events_by_username ON auth_login_events (username, occurred_at);

CREATE TRIGGER login_events_no_update BEFORE UPDATE ON auth_login_events BEGIN
    SELECT RAISE(ABORT, 'auth_login_events is append-only');
END;

CREATE TRIGGER login_events_no_delete BEFORE DELETE ON auth_login_events BEGIN
    SELECT RAISE(ABORT, 'auth_login_events is append-only');
END;
