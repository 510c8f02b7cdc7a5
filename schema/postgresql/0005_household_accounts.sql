-- The household server's accounts (DESIGN §7): every member is a PostgreSQL
-- role of their own, and the sign-in records what a member sees in their
-- account. Mirrors schema/sqlite/0005_household_accounts.sql. Roles, grants
-- and row-level security are the server's, not the library's: `server init`
-- applies them (schema/server/*.sql) after the migrations.

-- The PostgreSQL role a member signs in as; NULL for the local owner profile
-- and for accounts made before there were roles. The role keeps the
-- password's SCRAM verifier, so password_hash stays NULL on a server account.
ALTER TABLE users.users ADD COLUMN db_role text UNIQUE;

-- One row per signed-in device: what it is, which client, when it was last seen.
ALTER TABLE auth.sessions ADD COLUMN device_name text NOT NULL DEFAULT '';
ALTER TABLE auth.sessions ADD COLUMN client_version text NOT NULL DEFAULT '';
ALTER TABLE auth.sessions ADD COLUMN ended_at timestamptz(3);

-- What happened, besides sign-ins: password and role changes, members made,
-- disabled or enabled, and who did it.
ALTER TABLE auth.login_events ADD COLUMN event text NOT NULL DEFAULT 'sign_in'
    CONSTRAINT login_events_event_known CHECK (event IN
        ('sign_in', 'sign_out', 'password_changed', 'role_changed', 'member_created',
         'member_disabled', 'member_enabled'));
ALTER TABLE auth.login_events ADD COLUMN actor text NOT NULL DEFAULT '';

CREATE INDEX login_events_by_time ON auth.login_events (occurred_at);
