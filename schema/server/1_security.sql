-- The household server's access control (DESIGN §7), run by `server init`
-- as the owner role (SET ROLE omt_owner, so that the owner owns what it
-- makes) after the migrations, every time, in one transaction: grants
-- are given afresh, policies dropped and made again, functions replaced. So a
-- server is upgraded by running `server init` with the newer client.
--
-- Threat model: members are honest but curious and may use psql with their
-- own password. Private to a member: their interactions, their private lists
-- with items and rules, their profile settings and e-mail, and everything in
-- auth.*. Shared: the catalogue (media, relationships, external links) and
-- lists marked public (read-only to others).
--
-- Every SECURITY DEFINER function pins its search_path, so that nothing a
-- caller names can stand in for what the function means.

-- ------------------------------------------------------------ identity ---

-- The signed-in member's user id, or NULL: not a member of this household,
-- disabled, or still holding the one-time password (until they choose their
-- own, row-level security shows them nothing). Policies call it as
-- (SELECT auth.uid()), which PostgreSQL evaluates once per statement.
-- session_user is the role that logged in; SET ROLE cannot change it.
-- PL/pgSQL rather than SQL: a SQL function with its own search_path is
-- planned afresh at every call, and a statement calls it once per policy
-- (a list move: 14 times, 0.1 to 0.3 ms each); PL/pgSQL keeps its plan for
-- the session.
CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN (SELECT u.id FROM users.users u
            WHERE u.db_role = session_user::text AND u.is_active
              AND NOT EXISTS (SELECT 1 FROM auth.tokens t
                              WHERE t.user_id = u.id AND t.purpose = 'invitation'
                                AND t.used_at IS NULL AND t.revoked_at IS NULL));
END;
$$;

CREATE OR REPLACE FUNCTION auth.is_admin() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN coalesce((SELECT u.role = 'admin' FROM users.users u WHERE u.id = auth.uid()), false);
END;
$$;

-- Raises unless the caller is an active administrator (or a superuser, as
-- `server init` is when it makes the first one).
CREATE OR REPLACE FUNCTION auth.require_admin() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF auth.is_admin() THEN
        RETURN session_user::text;
    END IF;
    IF (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user) THEN
        RETURN session_user::text;
    END IF;
    RAISE EXCEPTION 'only an administrator of this household may do this'
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE OR REPLACE FUNCTION auth.record_event(target_id uuid, target_name text, kind text,
                                             succeeded boolean, why text, actor text)
RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO auth.login_events (id, user_id, username, succeeded, reason, client_address,
                                   occurred_at, event, actor)
    VALUES (gen_random_uuid(), target_id, target_name, succeeded, why,
            coalesce(host(inet_client_addr()), 'local'), now(), kind, actor)
$$;

-- The account a server username names, locked for the change the caller makes.
CREATE OR REPLACE FUNCTION auth.member_named(name text) RETURNS users.users
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    account users.users;
BEGIN
    SELECT * INTO account FROM users.users u WHERE u.db_role = name FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no member "%" on this server', name
            USING ERRCODE = 'OM004';
    END IF;
    RETURN account;
END;
$$;

-- ------------------------------------------------------ administration ---

-- Moves a member's role from one group to the other (omt_member while the
-- password is their own, omt_invited while it is a one-time one). Takes
-- effect on the member's open connections at once.
CREATE OR REPLACE FUNCTION auth.move_to_group(name text, from_group text, to_group text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_auth_members m
               WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = name)
                 AND m.roleid = (SELECT oid FROM pg_roles WHERE rolname = from_group)) THEN
        EXECUTE format('REVOKE %I FROM %I', from_group, name);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_auth_members m
                   WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = name)
                     AND m.roleid = (SELECT oid FROM pg_roles WHERE rolname = to_group)) THEN
        EXECUTE format('GRANT %I TO %I', to_group, name);
    END IF;
END;
$$;

-- Makes a member: their login role (in omt_member, with the SCRAM verifier
-- the client computed from a one-time password; the password itself never
-- reaches the server), their account, and the one-time password's hash with
-- its expiry. Until they set their own password, they see nothing.
-- Errors: OM001 username format, OM002 reserved name, OM003 name taken,
-- OM007 not a verifier (and 42501 for a caller who is not an administrator).
CREATE OR REPLACE FUNCTION auth.add_member(name text, verifier text, one_time_hash bytea,
                                           make_admin boolean, valid_for interval)
RETURNS uuid
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    actor text := auth.require_admin();
    new_id uuid := gen_random_uuid();
BEGIN
    IF name IS NULL OR name !~ '^[a-z_][a-z0-9_]{2,31}$' THEN
        RAISE EXCEPTION 'a server username is 3 to 32 lower-case letters, digits or underscores, and does not begin with a digit'
            USING ERRCODE = 'OM001';
    END IF;
    IF name LIKE 'pg\_%' OR name LIKE 'omt\_%' THEN
        RAISE EXCEPTION 'the usernames beginning with "pg_" or "omt_" are the server''s own'
            USING ERRCODE = 'OM002';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = name) THEN
        RAISE EXCEPTION 'the username "%" is taken on this server (usernames are unique across its databases)', name
            USING ERRCODE = 'OM003';
    END IF;
    IF EXISTS (SELECT 1 FROM users.users u WHERE u.username = name) THEN
        RAISE EXCEPTION 'the username "%" is taken in this household', name
            USING ERRCODE = 'OM003';
    END IF;
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password reaches the server only as a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'OM007';
    END IF;
    IF one_time_hash IS NOT NULL AND length(one_time_hash) <> 32 THEN
        RAISE EXCEPTION 'the one-time password''s hash is a SHA-256 digest'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- Until a one-time password is exchanged for their own, the member is
    -- only invited: no privilege on any table.
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', name, verifier,
                   CASE WHEN one_time_hash IS NULL THEN 'omt_member' ELSE 'omt_invited' END);
    IF make_admin THEN
        EXECUTE format('GRANT omt_admin TO %I', name);
    END IF;

    INSERT INTO users.users (id, username, db_role, role, created_at, updated_at)
    VALUES (new_id, name, name, CASE WHEN make_admin THEN 'admin' ELSE 'member' END,
            date_trunc('milliseconds', now()), date_trunc('milliseconds', now()));
    -- Without a one-time password's hash the password is the member's own
    -- (the first administrator's, typed at `server init`).
    IF one_time_hash IS NOT NULL THEN
        INSERT INTO auth.tokens (id, user_id, token_hash, purpose, created_at, expires_at)
        VALUES (gen_random_uuid(), new_id, one_time_hash, 'invitation',
                date_trunc('milliseconds', now()), date_trunc('milliseconds', now() + valid_for));
    END IF;
    PERFORM auth.record_event(new_id, name, 'member_created', true,
                              CASE WHEN make_admin THEN 'admin' ELSE 'member' END, actor);
    RETURN new_id;
END;
$$;

-- Gives a member a new one-time password (they forgot theirs, or the first
-- one expired); their own password stops working.
CREATE OR REPLACE FUNCTION auth.reset_member_password(name text, verifier text, one_time_hash bytea,
                                                      valid_for interval)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    actor text := auth.require_admin();
    member users.users := auth.member_named(name);
BEGIN
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password reaches the server only as a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'OM007';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', name, verifier);
    PERFORM auth.move_to_group(name, 'omt_member', 'omt_invited');
    UPDATE auth.tokens SET revoked_at = now()
    WHERE user_id = member.id AND purpose = 'invitation' AND used_at IS NULL AND revoked_at IS NULL;
    INSERT INTO auth.tokens (id, user_id, token_hash, purpose, created_at, expires_at)
    VALUES (gen_random_uuid(), member.id, one_time_hash, 'invitation',
            date_trunc('milliseconds', now()), date_trunc('milliseconds', now() + valid_for));
    PERFORM auth.record_event(member.id, name, 'password_changed', true, 'one-time password issued', actor);
END;
$$;

-- Disabling makes the role NOLOGIN, ends the member's connections and
-- sessions; enabling lets them sign in again with their password.
CREATE OR REPLACE FUNCTION auth.set_member_enabled(name text, enabled boolean)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    actor text := auth.require_admin();
    member users.users := auth.member_named(name);
BEGIN
    IF NOT enabled AND name = session_user::text THEN
        RAISE EXCEPTION 'an administrator cannot disable their own account'
            USING ERRCODE = 'OM006';
    END IF;
    IF NOT enabled AND member.role = 'admin' AND member.is_active
       AND NOT EXISTS (SELECT 1 FROM users.users u
                       WHERE u.role = 'admin' AND u.is_active AND u.id <> member.id) THEN
        RAISE EXCEPTION 'the household''s last administrator cannot be disabled'
            USING ERRCODE = 'OM005';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', name, CASE WHEN enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE users.users SET is_active = enabled, updated_at = date_trunc('milliseconds', now())
    WHERE id = member.id;
    IF NOT enabled THEN
        UPDATE auth.sessions SET ended_at = date_trunc('milliseconds', now())
        WHERE user_id = member.id AND ended_at IS NULL;
        PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a WHERE a.usename = name;
    END IF;
    PERFORM auth.record_event(member.id, name,
                              CASE WHEN enabled THEN 'member_enabled' ELSE 'member_disabled' END,
                              true, '', actor);
END;
$$;

CREATE OR REPLACE FUNCTION auth.set_member_role(name text, new_role text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    actor text := auth.require_admin();
    member users.users := auth.member_named(name);
BEGIN
    IF new_role NOT IN ('admin', 'member') THEN
        RAISE EXCEPTION 'a member''s role is admin or member' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF new_role = 'member' AND member.role = 'admin'
       AND NOT EXISTS (SELECT 1 FROM users.users u
                       WHERE u.role = 'admin' AND u.is_active AND u.id <> member.id) THEN
        RAISE EXCEPTION 'the household''s last administrator cannot become a member'
            USING ERRCODE = 'OM005';
    END IF;
    IF new_role = 'admin' THEN
        EXECUTE format('GRANT omt_admin TO %I', name);
    ELSE
        EXECUTE format('REVOKE omt_admin FROM %I', name);
    END IF;
    UPDATE users.users SET role = new_role, updated_at = date_trunc('milliseconds', now())
    WHERE id = member.id;
    PERFORM auth.record_event(member.id, name, 'role_changed', true, new_role, actor);
END;
$$;

CREATE OR REPLACE FUNCTION auth.members()
RETURNS TABLE (username text, role text, is_active boolean, password_pending boolean,
               created_at timestamptz, last_login_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM auth.require_admin();
    RETURN QUERY
        SELECT u.username, u.role, u.is_active,
               EXISTS (SELECT 1 FROM auth.tokens t
                       WHERE t.user_id = u.id AND t.purpose = 'invitation'
                         AND t.used_at IS NULL AND t.revoked_at IS NULL),
               u.created_at, u.last_login_at
        FROM users.users u WHERE u.db_role IS NOT NULL ORDER BY u.username;
END;
$$;

CREATE OR REPLACE FUNCTION auth.recent_events(how_many integer)
RETURNS TABLE (occurred_at timestamptz, username text, event text, succeeded boolean,
               reason text, actor text, client_address text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM auth.require_admin();
    RETURN QUERY
        SELECT e.occurred_at, e.username, e.event, e.succeeded, e.reason, e.actor, e.client_address
        FROM auth.login_events e ORDER BY e.occurred_at DESC, e.id LIMIT greatest(how_many, 0);
END;
$$;

-- After a bulk load (a generated household) the planner needs fresh
-- statistics at once, not when autovacuum gets round to it; only the tables'
-- owner may gather them.
CREATE OR REPLACE FUNCTION auth.refresh_statistics() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM auth.require_admin();
    ANALYZE media.media, media.relationships, media.external_links, users.users, interaction.user_media,
        interaction.user_lists, interaction.list_items, interaction.smart_lists;
END;
$$;

-- ------------------------------------------------------------- sign-in ---

-- Called by the client right after connecting. PostgreSQL has checked the
-- password; this says what the account may do, and for 'ok' opens a session
-- (the client keeps the token, the server its hash). Returns one of:
--   ok                          signed in
--   password_change_required    the one-time password: choose your own first
--   one_time_password_expired   ask an administrator for a new one
--   not_a_member                this role has no account in this household
--   disabled                    the account is disabled
CREATE OR REPLACE FUNCTION auth.sign_in(device text, client_version text, session_token_hash bytea)
RETURNS TABLE (status text, user_id uuid, role text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    member users.users;
    pending auth.tokens;
BEGIN
    SELECT * INTO member FROM users.users u WHERE u.db_role = session_user::text;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'not_a_member'::text, NULL::uuid, NULL::text;
        RETURN;
    END IF;
    IF NOT member.is_active THEN
        PERFORM auth.record_event(member.id, member.username, 'sign_in', false, 'disabled', '');
        RETURN QUERY SELECT 'disabled'::text, member.id, member.role;
        RETURN;
    END IF;
    SELECT * INTO pending FROM auth.tokens t
    WHERE t.user_id = member.id AND t.purpose = 'invitation' AND t.used_at IS NULL AND t.revoked_at IS NULL
    ORDER BY t.created_at DESC LIMIT 1;
    IF FOUND AND pending.expires_at <= now() THEN
        PERFORM auth.record_event(member.id, member.username, 'sign_in', false,
                                  'one-time password expired', '');
        RETURN QUERY SELECT 'one_time_password_expired'::text, member.id, member.role;
        RETURN;
    END IF;
    IF FOUND THEN
        RETURN QUERY SELECT 'password_change_required'::text, member.id, member.role;
        RETURN;
    END IF;
    IF session_token_hash IS NULL OR length(session_token_hash) <> 32 THEN
        RAISE EXCEPTION 'a session token''s hash is a SHA-256 digest' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO auth.sessions (id, user_id, token_hash, client_name, device_name, client_version,
                               created_at, expires_at, last_seen_at)
    VALUES (gen_random_uuid(), member.id, session_token_hash, 'OmniMediaTrak', left(coalesce(device, ''), 200),
            left(coalesce(client_version, ''), 50), date_trunc('milliseconds', now()),
            date_trunc('milliseconds', now() + interval '90 days'), date_trunc('milliseconds', now()));
    UPDATE users.users SET last_login_at = date_trunc('milliseconds', now()) WHERE id = member.id;
    PERFORM auth.record_event(member.id, member.username, 'sign_in', true, left(coalesce(device, ''), 200), '');
    RETURN QUERY SELECT 'ok'::text, member.id, member.role;
END;
$$;

-- Keeps a session's "last seen" fresh; the client calls it now and then,
-- not per statement.
CREATE OR REPLACE FUNCTION auth.touch_session(session_token_hash bytea) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    UPDATE auth.sessions s SET last_seen_at = date_trunc('milliseconds', now()),
                               expires_at = date_trunc('milliseconds', now() + interval '90 days')
    WHERE s.token_hash = session_token_hash AND s.user_id = auth.uid() AND s.ended_at IS NULL
    RETURNING true
$$;

CREATE OR REPLACE FUNCTION auth.sign_out(session_token_hash bytea) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    ended auth.sessions;
BEGIN
    UPDATE auth.sessions s SET ended_at = date_trunc('milliseconds', now())
    WHERE s.token_hash = session_token_hash AND s.ended_at IS NULL
      AND s.user_id = (SELECT u.id FROM users.users u WHERE u.db_role = session_user::text)
    RETURNING * INTO ended;
    IF FOUND THEN
        PERFORM auth.record_event(ended.user_id, session_user::text, 'sign_out', true, ended.device_name, '');
    END IF;
END;
$$;

-- The member's own sessions, for the account dialog.
CREATE OR REPLACE FUNCTION auth.my_sessions()
RETURNS TABLE (device_name text, client_version text, started_at timestamptz,
               last_seen_at timestamptz, ended_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT s.device_name, s.client_version, s.created_at, s.last_seen_at, s.ended_at
    FROM auth.sessions s WHERE s.user_id = auth.uid()
    ORDER BY s.created_at DESC LIMIT 100
$$;

-- A member sets their own password (the verifier their client computed):
-- the one that replaces the one-time password, or a new one. PostgreSQL
-- checked the current password when they connected. An expired one-time
-- password cannot be exchanged.
CREATE OR REPLACE FUNCTION auth.set_own_password(verifier text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    member users.users;
BEGIN
    SELECT * INTO member FROM users.users u WHERE u.db_role = session_user::text FOR UPDATE;
    IF NOT FOUND OR NOT member.is_active THEN
        RAISE EXCEPTION 'this account cannot change its password here' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM auth.tokens t
               WHERE t.user_id = member.id AND t.purpose = 'invitation' AND t.used_at IS NULL
                 AND t.revoked_at IS NULL AND t.expires_at <= now()) THEN
        RAISE EXCEPTION 'the one-time password has expired; ask an administrator for a new one'
            USING ERRCODE = 'OM008';
    END IF;
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password reaches the server only as a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'OM007';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user::text, verifier);
    PERFORM auth.move_to_group(session_user::text, 'omt_invited', 'omt_member');
    UPDATE auth.tokens SET used_at = date_trunc('milliseconds', now())
    WHERE user_id = member.id AND purpose = 'invitation' AND used_at IS NULL AND revoked_at IS NULL;
    PERFORM auth.record_event(member.id, member.username, 'password_changed', true, '', member.username);
END;
$$;

-- -------------------------------------------------------- live updates ---

-- Tells listeners on channel omt_changes which catalogue rows or public
-- lists a statement changed: {"table": ..., "ids": [...]} with table and
-- ids only, never content, and "ids": null when more changed than one
-- notification carries. Any role may LISTEN to any channel, so a private
-- list's change is never announced.
CREATE OR REPLACE FUNCTION media.announce(table_name text, ids uuid[]) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    PERFORM pg_notify('omt_changes', json_build_object(
        'table', table_name,
        'ids', CASE WHEN cardinality(ids) <= 100 THEN to_json(ids) ELSE NULL END)::text);
END;
$$;

CREATE OR REPLACE FUNCTION media.announce_catalogue_change() RETURNS trigger
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    changed uuid[];
BEGIN
    -- media rows by id; relationships and external links by their item.
    IF TG_TABLE_NAME = 'media' THEN
        IF TG_OP = 'DELETE' THEN
            SELECT array_agg(DISTINCT o.id) INTO changed FROM old_rows o;
        ELSE
            SELECT array_agg(DISTINCT n.id) INTO changed FROM new_rows n;
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT o.media_id) INTO changed FROM old_rows o;
    ELSE
        SELECT array_agg(DISTINCT n.media_id) INTO changed FROM new_rows n;
    END IF;
    PERFORM media.announce(TG_TABLE_NAME, changed);
    RETURN NULL;
END;
$$;

-- Lists: only those public before or after the change.
CREATE OR REPLACE FUNCTION interaction.announce_public_list_change() RETURNS trigger
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    changed uuid[];
BEGIN
    IF TG_TABLE_NAME = 'user_lists' THEN
        IF TG_OP = 'INSERT' THEN
            SELECT array_agg(n.id) INTO changed FROM new_rows n WHERE n.is_public;
        ELSIF TG_OP = 'DELETE' THEN
            SELECT array_agg(o.id) INTO changed FROM old_rows o WHERE o.is_public;
        ELSE
            SELECT array_agg(n.id) INTO changed
            FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.is_public OR o.is_public;
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT o.list_id) INTO changed
        FROM old_rows o JOIN interaction.user_lists l ON l.id = o.list_id WHERE l.is_public;
    ELSE
        SELECT array_agg(DISTINCT n.list_id) INTO changed
        FROM new_rows n JOIN interaction.user_lists l ON l.id = n.list_id WHERE l.is_public;
    END IF;
    PERFORM media.announce('user_lists', changed);
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    target record;
BEGIN
    FOR target IN
        SELECT * FROM (VALUES ('media', 'media', 'media.announce_catalogue_change'),
                              ('media', 'relationships', 'media.announce_catalogue_change'),
                              ('media', 'external_links', 'media.announce_catalogue_change'),
                              ('interaction', 'user_lists', 'interaction.announce_public_list_change'),
                              ('interaction', 'list_items', 'interaction.announce_public_list_change'),
                              ('interaction', 'smart_lists', 'interaction.announce_public_list_change'))
            AS t (schema_name, table_name, function_name)
    LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS announce_insert ON %I.%I', target.schema_name, target.table_name);
        EXECUTE format('DROP TRIGGER IF EXISTS announce_update ON %I.%I', target.schema_name, target.table_name);
        EXECUTE format('DROP TRIGGER IF EXISTS announce_delete ON %I.%I', target.schema_name, target.table_name);
        EXECUTE format('CREATE TRIGGER announce_insert AFTER INSERT ON %I.%I REFERENCING NEW TABLE AS new_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION %s()',
                       target.schema_name, target.table_name, target.function_name);
        EXECUTE format('CREATE TRIGGER announce_update AFTER UPDATE ON %I.%I'
                       ' REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION %s()',
                       target.schema_name, target.table_name, target.function_name);
        EXECUTE format('CREATE TRIGGER announce_delete AFTER DELETE ON %I.%I REFERENCING OLD TABLE AS old_rows'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION %s()',
                       target.schema_name, target.table_name, target.function_name);
    END LOOP;
END;
$$;

-- -------------------------------------------------------------- grants ---

REVOKE ALL ON ALL TABLES IN SCHEMA media, users, interaction, auth FROM PUBLIC, omt_member, omt_admin, omt_invited;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA media, users, interaction, auth FROM PUBLIC, omt_member, omt_admin, omt_invited;
REVOKE ALL ON SCHEMA media, users, interaction, auth FROM PUBLIC, omt_member, omt_admin, omt_invited;
REVOKE ALL ON TABLE public.schema_version FROM PUBLIC, omt_member, omt_admin, omt_invited;

GRANT USAGE ON SCHEMA media, users, interaction, auth TO omt_member;

-- The catalogue: read and write; deleting is for administrators (policies).
GRANT SELECT, INSERT, UPDATE, DELETE ON media.media, media.relationships, media.external_links TO omt_member;
-- The search functions the queries call, and the triggers' own.
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA media TO omt_member;
GRANT EXECUTE ON FUNCTION interaction.announce_public_list_change() TO omt_member;

-- Interactions and lists: the member's own (policies).
GRANT SELECT, INSERT, UPDATE, DELETE
    ON interaction.user_media, interaction.user_lists, interaction.list_items, interaction.smart_lists
    TO omt_member;

-- Their own account: readable, and these columns writable. Role, role
-- name, activity and password stay the administration functions' business.
GRANT SELECT ON users.users TO omt_member;
GRANT UPDATE (display_name, email, profile_settings, updated_at) ON users.users TO omt_member;

GRANT SELECT ON public.schema_version TO omt_member, omt_invited;

-- The invited: signing in (which tells them to choose a password) and
-- choosing it. Nothing else.
GRANT USAGE ON SCHEMA auth TO omt_invited;
GRANT EXECUTE ON FUNCTION auth.sign_in(text, text, bytea), auth.set_own_password(text) TO omt_invited;

-- Everything in auth.* goes through these functions.
GRANT EXECUTE ON FUNCTION auth.uid(), auth.is_admin(), auth.sign_in(text, text, bytea),
    auth.touch_session(bytea), auth.sign_out(bytea), auth.my_sessions(), auth.set_own_password(text)
    TO omt_member;
GRANT EXECUTE ON FUNCTION auth.add_member(text, text, bytea, boolean, interval),
    auth.reset_member_password(text, text, bytea, interval), auth.set_member_enabled(text, boolean),
    auth.set_member_role(text, text), auth.members(), auth.recent_events(integer),
    auth.refresh_statistics()
    TO omt_admin;

-- ------------------------------------------------------ row-level security ---

DO $$
DECLARE
    target record;
BEGIN
    -- Every table, forced: the owner's own statements (those of the
    -- administration functions) pass only through the owner's policy.
    FOR target IN
        SELECT c.oid::regclass::text AS name FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p')
          AND (n.nspname IN ('media', 'users', 'interaction', 'auth')
               OR (n.nspname = 'public' AND c.relname = 'schema_version'))
    LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target.name);
        EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target.name);
    END LOOP;
    -- Policies are made afresh below.
    FOR target IN
        SELECT format('%I.%I', p.schemaname, p.tablename) AS table_name, p.policyname
        FROM pg_catalog.pg_policies p
        WHERE p.schemaname IN ('media', 'users', 'interaction', 'auth')
           OR (p.schemaname = 'public' AND p.tablename = 'schema_version')
    LOOP
        EXECUTE format('DROP POLICY %I ON %s', target.policyname, target.table_name);
    END LOOP;
    FOR target IN
        SELECT c.oid::regclass::text AS name FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p')
          AND (n.nspname IN ('media', 'users', 'interaction', 'auth')
               OR (n.nspname = 'public' AND c.relname = 'schema_version'))
    LOOP
        EXECUTE format('CREATE POLICY owner_all ON %s TO omt_owner USING (true) WITH CHECK (true)', target.name);
    END LOOP;
END;
$$;

-- The catalogue: every member reads and writes it. Reading takes no
-- condition on the row: any condition in a policy makes PostgreSQL hold
-- back every condition of the query that is not leakproof (COALESCE, ltree,
-- jsonb and array operators: the paging keys and most smart-list clauses)
-- until after it, so that no index can serve them, and paging by release
-- date scanned from the start (75 ms a page instead of 3). Who may read is
-- settled by the grant instead: members hold SELECT through omt_member,
-- and a member with a one-time password is in omt_invited, which holds none.
CREATE POLICY members_read ON media.media FOR SELECT TO omt_member USING (true);
CREATE POLICY members_add ON media.media FOR INSERT TO omt_member
    WITH CHECK ((SELECT auth.uid()) IS NOT NULL);
CREATE POLICY members_change ON media.media FOR UPDATE TO omt_member
    USING ((SELECT auth.uid()) IS NOT NULL) WITH CHECK ((SELECT auth.uid()) IS NOT NULL);
CREATE POLICY admins_delete ON media.media FOR DELETE TO omt_member
    USING ((SELECT auth.is_admin()));

CREATE POLICY members_read ON media.relationships FOR SELECT TO omt_member USING (true);
CREATE POLICY members_add ON media.relationships FOR INSERT TO omt_member
    WITH CHECK ((SELECT auth.uid()) IS NOT NULL);
CREATE POLICY members_change ON media.relationships FOR UPDATE TO omt_member
    USING ((SELECT auth.uid()) IS NOT NULL) WITH CHECK ((SELECT auth.uid()) IS NOT NULL);
-- Relationships and links are corrections anyone may make (and undo).
CREATE POLICY members_delete ON media.relationships FOR DELETE TO omt_member
    USING ((SELECT auth.uid()) IS NOT NULL);

CREATE POLICY members_read ON media.external_links FOR SELECT TO omt_member USING (true);
CREATE POLICY members_add ON media.external_links FOR INSERT TO omt_member
    WITH CHECK ((SELECT auth.uid()) IS NOT NULL);
CREATE POLICY members_change ON media.external_links FOR UPDATE TO omt_member
    USING ((SELECT auth.uid()) IS NOT NULL) WITH CHECK ((SELECT auth.uid()) IS NOT NULL);
CREATE POLICY members_delete ON media.external_links FOR DELETE TO omt_member
    USING ((SELECT auth.uid()) IS NOT NULL);

-- Accounts: a member sees and edits only their own row; other members' ids,
-- usernames and roles come through users.members.
CREATE POLICY own_account ON users.users FOR SELECT TO omt_member
    USING (id = (SELECT auth.uid()));
CREATE POLICY own_account_change ON users.users FOR UPDATE TO omt_member
    USING (id = (SELECT auth.uid())) WITH CHECK (id = (SELECT auth.uid()));

-- Interactions: one's own only.
CREATE POLICY own_interactions ON interaction.user_media FOR ALL TO omt_member
    USING (user_id = (SELECT auth.uid())) WITH CHECK (user_id = (SELECT auth.uid()));

-- Lists: one's own, and others' public ones to read.
CREATE POLICY own_or_public_lists ON interaction.user_lists FOR SELECT TO omt_member
    USING (user_id = (SELECT auth.uid()) OR (is_public AND (SELECT auth.uid()) IS NOT NULL));
CREATE POLICY own_lists_add ON interaction.user_lists FOR INSERT TO omt_member
    WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY own_lists_change ON interaction.user_lists FOR UPDATE TO omt_member
    USING (user_id = (SELECT auth.uid())) WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY own_lists_delete ON interaction.user_lists FOR DELETE TO omt_member
    USING (user_id = (SELECT auth.uid()));

-- Items and rules follow their list: readable when the list is (its own
-- policy decides), writable when it is one's own. The list ids are read once
-- per statement (a hashed subplan), not per row.
CREATE POLICY items_of_visible_lists ON interaction.list_items FOR SELECT TO omt_member
    USING (list_id IN (SELECT l.id FROM interaction.user_lists l));
CREATE POLICY items_of_own_lists_add ON interaction.list_items FOR INSERT TO omt_member
    WITH CHECK (list_id IN (SELECT l.id FROM interaction.user_lists l WHERE l.user_id = (SELECT auth.uid())));
CREATE POLICY items_of_own_lists_change ON interaction.list_items FOR UPDATE TO omt_member
    USING (list_id IN (SELECT l.id FROM interaction.user_lists l WHERE l.user_id = (SELECT auth.uid())))
    WITH CHECK (list_id IN (SELECT l.id FROM interaction.user_lists l WHERE l.user_id = (SELECT auth.uid())));
CREATE POLICY items_of_own_lists_delete ON interaction.list_items FOR DELETE TO omt_member
    USING (list_id IN (SELECT l.id FROM interaction.user_lists l WHERE l.user_id = (SELECT auth.uid())));

CREATE POLICY rules_of_visible_lists ON interaction.smart_lists FOR SELECT TO omt_member
    USING (list_id IN (SELECT l.id FROM interaction.user_lists l));
CREATE POLICY rules_of_own_lists_add ON interaction.smart_lists FOR INSERT TO omt_member
    WITH CHECK (list_id IN (SELECT l.id FROM interaction.user_lists l WHERE l.user_id = (SELECT auth.uid())));
CREATE POLICY rules_of_own_lists_change ON interaction.smart_lists FOR UPDATE TO omt_member
    USING (list_id IN (SELECT l.id FROM interaction.user_lists l WHERE l.user_id = (SELECT auth.uid())))
    WITH CHECK (list_id IN (SELECT l.id FROM interaction.user_lists l WHERE l.user_id = (SELECT auth.uid())));
CREATE POLICY rules_of_own_lists_delete ON interaction.smart_lists FOR DELETE TO omt_member
    USING (list_id IN (SELECT l.id FROM interaction.user_lists l WHERE l.user_id = (SELECT auth.uid())));

-- The schema version, for a client to check it understands the server.
CREATE POLICY members_read ON public.schema_version FOR SELECT TO omt_member, omt_invited USING (true);

-- auth.*: no policy for members; the functions above are the way in.

-- ------------------------------------------------------------ directory ---

-- Other members as a member may see them: id, username and role. The view
-- reads users.users as its owner; a member who is not signed in sees nobody.
CREATE OR REPLACE VIEW users.members WITH (security_barrier) AS
    SELECT u.id, u.username, u.role FROM users.users u
    WHERE u.is_active AND (SELECT auth.uid()) IS NOT NULL;
ALTER VIEW users.members OWNER TO omt_owner;
GRANT SELECT ON users.members TO omt_member;
