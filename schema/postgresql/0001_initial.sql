-- OmniMediaTrak library schema, PostgreSQL dialect, version 1.
-- Mirrors schema/sqlite/0001_initial.sql table for table and column for
-- column (tests/storage/tst_schema compares them). Constraint names are the
-- same in both dialects so errors name them alike. Timestamps keep
-- milliseconds, as SQLite's text timestamps do, so keyset cursors made from
-- them are exact on both. Row-level security and the
-- sign-in functions come with the household-server migration.

CREATE EXTENSION IF NOT EXISTS ltree;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- unaccent makes the 'simple' full-text configuration accent-insensitive,
-- as SQLite's unicode61 tokenizer with remove_diacritics is.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE SCHEMA IF NOT EXISTS media;
CREATE SCHEMA IF NOT EXISTS users;
CREATE SCHEMA IF NOT EXISTS interaction;
CREATE SCHEMA IF NOT EXISTS auth;

-- ---------------------------------------------------------------- media ---

CREATE TABLE media.media (
    id           uuid PRIMARY KEY,
    external_id  text UNIQUE CONSTRAINT media_external_id_not_empty CHECK (external_id <> ''),
    media_type   text NOT NULL CONSTRAINT media_type_known CHECK (media_type IN
                     ('book', 'audiobook', 'film', 'tv_show', 'anime', 'manga', 'comic', 'game',
                      'music_album', 'podcast', 'board_game')),
    media_class  ltree,
    title        text NOT NULL CONSTRAINT media_title_not_blank CHECK (btrim(title) <> ''),
    -- Accent- and case-folded title (TextKeys::sortKey), compared byte-wise
    -- (COLLATE "C") so order matches SQLite and ignores the server locale.
    sort_title   text COLLATE "C" NOT NULL,
    release_date date,
    country      text CONSTRAINT media_country_format CHECK (country ~ '^[A-Z]{2}$'),
    creators     text[] NOT NULL DEFAULT '{}',
    cover_url    text,
    description  text,
    attributes   jsonb NOT NULL DEFAULT '{}' CONSTRAINT media_attributes_object CHECK (jsonb_typeof(attributes) = 'object'),
    created_at   timestamptz(3) NOT NULL,
    updated_at   timestamptz(3) NOT NULL,
    -- PostgreSQL only: the full-text document, kept by media.media_search_update().
    search_vector tsvector NOT NULL DEFAULT ''
);

-- Paging (keyset) in every supported order; the expressions match
-- PostgresDialect::mediaSortExpression so unknown dates sort last both ways.
CREATE INDEX media_by_sort_title ON media.media (sort_title, id);
CREATE INDEX media_by_type_sort_title ON media.media (media_type, sort_title, id);
CREATE INDEX media_by_release_asc ON media.media ((COALESCE(release_date, DATE '9999-12-31')), id);
CREATE INDEX media_by_release_desc ON media.media ((COALESCE(release_date, DATE '0001-01-01')), id);
CREATE INDEX media_by_created ON media.media (created_at, id);
CREATE INDEX media_by_updated ON media.media (updated_at, id);
CREATE INDEX media_by_class ON media.media USING gist (media_class);
CREATE INDEX media_search_vector ON media.media USING gin (search_vector);
CREATE INDEX media_creators ON media.media USING gin (creators);
CREATE INDEX media_attributes ON media.media USING gin (attributes jsonb_path_ops);

CREATE FUNCTION media.media_search_update() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('simple', public.unaccent(coalesce(NEW.title, ''))), 'A')
        || setweight(to_tsvector('simple', public.unaccent(array_to_string(NEW.creators, ' '))), 'B')
        || setweight(to_tsvector('simple', public.unaccent(coalesce(NEW.description, ''))), 'C');
    RETURN NEW;
END;
$$;

CREATE TRIGGER media_search_update
    BEFORE INSERT OR UPDATE OF title, creators, description ON media.media
    FOR EACH ROW EXECUTE FUNCTION media.media_search_update();

CREATE TABLE media.relationships (
    source_media_id uuid NOT NULL REFERENCES media.media (id) ON DELETE CASCADE,
    target_media_id uuid NOT NULL REFERENCES media.media (id) ON DELETE CASCADE,
    relation_type   text NOT NULL CONSTRAINT relationships_type_known CHECK (relation_type IN
                        ('sequel', 'prequel', 'adaptation', 'remake', 'spin_off', 'same_franchise', 'related')),
    weight          double precision NOT NULL DEFAULT 1.0 CONSTRAINT relationships_weight_range CHECK (weight >= 0 AND weight <= 1),
    notes           text NOT NULL DEFAULT '',
    created_at      timestamptz(3) NOT NULL,
    PRIMARY KEY (source_media_id, target_media_id, relation_type),
    CONSTRAINT relationships_not_self CHECK (source_media_id <> target_media_id)
);

CREATE INDEX relationships_by_target ON media.relationships (target_media_id);

CREATE TABLE media.external_links (
    id           uuid PRIMARY KEY,
    media_id     uuid NOT NULL REFERENCES media.media (id) ON DELETE CASCADE,
    source       text NOT NULL CONSTRAINT external_links_source_format CHECK (source ~ '^[a-z0-9_]+$'),
    external_key text NOT NULL CONSTRAINT external_links_key_not_blank CHECK (btrim(external_key) <> ''),
    url          text NOT NULL DEFAULT '',
    created_at   timestamptz(3) NOT NULL,
    CONSTRAINT external_links_unique UNIQUE (media_id, source, external_key)
);

CREATE INDEX external_links_by_key ON media.external_links (source, external_key);

-- ---------------------------------------------------------------- users ---

CREATE TABLE users.users (
    id               uuid PRIMARY KEY,
    username         text NOT NULL UNIQUE CONSTRAINT users_username_format CHECK (username ~ '^[a-z0-9_.-]{1,64}$'),
    email            text UNIQUE CONSTRAINT users_email_format CHECK (email = lower(email) AND email LIKE '_%@_%'),
    display_name     text NOT NULL DEFAULT '',
    -- bcrypt hash made by pgcrypto's crypt(); NULL for the local owner profile.
    password_hash    text,
    role             text NOT NULL DEFAULT 'member' CONSTRAINT users_role_known CHECK (role IN ('admin', 'member')),
    profile_settings jsonb NOT NULL DEFAULT '{}' CONSTRAINT users_profile_settings_object CHECK (jsonb_typeof(profile_settings) = 'object'),
    is_active        boolean NOT NULL DEFAULT true,
    last_login_at    timestamptz(3),
    created_at       timestamptz(3) NOT NULL,
    updated_at       timestamptz(3) NOT NULL
);

-- ---------------------------------------------------------- interaction ---

CREATE TABLE interaction.user_media (
    user_id       uuid NOT NULL REFERENCES users.users (id) ON DELETE CASCADE,
    media_id      uuid NOT NULL REFERENCES media.media (id) ON DELETE CASCADE,
    status        text NOT NULL DEFAULT 'planned' CONSTRAINT user_media_status_known CHECK (status IN
                      ('planned', 'in_progress', 'completed', 'on_hold', 'dropped')),
    progress      integer NOT NULL DEFAULT 0 CONSTRAINT user_media_progress_non_negative CHECK (progress >= 0),
    rating        smallint CONSTRAINT user_media_rating_range CHECK (rating BETWEEN 1 AND 10),
    notes         text NOT NULL DEFAULT '',
    started_at    timestamptz(3),
    completed_at  timestamptz(3),
    meta_snapshot jsonb NOT NULL DEFAULT '{}' CONSTRAINT user_media_meta_snapshot_object CHECK (jsonb_typeof(meta_snapshot) = 'object'),
    created_at    timestamptz(3) NOT NULL,
    updated_at    timestamptz(3) NOT NULL,
    PRIMARY KEY (user_id, media_id)
);

CREATE INDEX user_media_by_user_status ON interaction.user_media (user_id, status, updated_at, media_id);
CREATE INDEX user_media_by_user_updated ON interaction.user_media (user_id, updated_at, media_id);
CREATE INDEX user_media_by_media ON interaction.user_media (media_id);

CREATE TABLE interaction.user_lists (
    id                uuid PRIMARY KEY,
    user_id           uuid NOT NULL REFERENCES users.users (id) ON DELETE CASCADE,
    name              text NOT NULL CONSTRAINT user_lists_name_not_blank CHECK (btrim(name) <> ''),
    description       text NOT NULL DEFAULT '',
    list_type         text NOT NULL DEFAULT 'manual' CONSTRAINT user_lists_type_known CHECK (list_type IN ('manual', 'smart')),
    is_public         boolean NOT NULL DEFAULT false,
    filter_definition jsonb CONSTRAINT user_lists_filter_object CHECK (jsonb_typeof(filter_definition) = 'object'),
    created_at        timestamptz(3) NOT NULL,
    updated_at        timestamptz(3) NOT NULL,
    CONSTRAINT user_lists_unique_name UNIQUE (user_id, name)
);

CREATE TABLE interaction.list_items (
    list_id  uuid NOT NULL REFERENCES interaction.user_lists (id) ON DELETE CASCADE,
    media_id uuid NOT NULL REFERENCES media.media (id) ON DELETE CASCADE,
    -- Gapped order key (DESIGN §6); not unique so that renumbering in one
    -- statement never trips over a transient duplicate.
    position bigint NOT NULL,
    added_at timestamptz(3) NOT NULL,
    PRIMARY KEY (list_id, media_id)
);

CREATE INDEX list_items_by_position ON interaction.list_items (list_id, position, media_id);
CREATE INDEX list_items_by_media ON interaction.list_items (media_id);

CREATE TABLE interaction.smart_lists (
    list_id           uuid PRIMARY KEY REFERENCES interaction.user_lists (id) ON DELETE CASCADE,
    filter_definition jsonb NOT NULL CONSTRAINT smart_lists_filter_object CHECK (jsonb_typeof(filter_definition) = 'object'),
    created_at        timestamptz(3) NOT NULL,
    updated_at        timestamptz(3) NOT NULL
);

-- ----------------------------------------------------------------- auth ---

CREATE TABLE auth.sessions (
    id           uuid PRIMARY KEY,
    user_id      uuid NOT NULL REFERENCES users.users (id) ON DELETE CASCADE,
    -- SHA-256 of the token; the token itself is only ever on the client.
    token_hash   bytea NOT NULL UNIQUE CONSTRAINT sessions_token_hash_length CHECK (length(token_hash) = 32),
    client_name  text NOT NULL DEFAULT '',
    created_at   timestamptz(3) NOT NULL,
    expires_at   timestamptz(3) NOT NULL,
    last_seen_at timestamptz(3),
    revoked_at   timestamptz(3)
);

CREATE INDEX sessions_by_user ON auth.sessions (user_id);

CREATE TABLE auth.tokens (
    id         uuid PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES users.users (id) ON DELETE CASCADE,
    token_hash bytea NOT NULL UNIQUE CONSTRAINT tokens_token_hash_length CHECK (length(token_hash) = 32),
    purpose    text NOT NULL CONSTRAINT tokens_purpose_known CHECK (purpose IN ('remember_me', 'invitation')),
    created_at timestamptz(3) NOT NULL,
    expires_at timestamptz(3) NOT NULL,
    used_at    timestamptz(3),
    revoked_at timestamptz(3)
);

CREATE INDEX tokens_by_user ON auth.tokens (user_id);

-- Append-only audit trail. No foreign key: events outlive deleted accounts.
CREATE TABLE auth.login_events (
    id             uuid PRIMARY KEY,
    user_id        uuid,
    username       text NOT NULL,
    succeeded      boolean NOT NULL,
    reason         text NOT NULL DEFAULT '',
    client_address text NOT NULL DEFAULT '',
    occurred_at    timestamptz(3) NOT NULL
);

CREATE INDEX login_events_by_username ON auth.login_events (username, occurred_at);

CREATE FUNCTION auth.login_events_append_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    RAISE EXCEPTION 'auth.login_events is append-only';
END;
$$;

CREATE TRIGGER login_events_no_update BEFORE UPDATE OR DELETE ON auth.login_events
    FOR EACH ROW EXECUTE FUNCTION auth.login_events_append_only();
