-- The household server's accounts (DESIGN §7). Mirrors
-- schema/postgresql/0005_household_accounts.sql, so that data moves between
-- the backends without loss; a local library has no roles and no sign-in.

ALTER TABLE users_users ADD COLUMN db_role TEXT;
-- SQLite cannot add a UNIQUE column; a unique index is the same constraint.
CREATE UNIQUE INDEX users_users_db_role_key ON users_users (db_role);
-- Every index has fixed planner statistics (0002_smart_list_plans.sql).
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('users_users', 'users_users_db_role_key', '10 1');

ALTER TABLE auth_sessions ADD COLUMN device_name TEXT NOT NULL DEFAULT '';
ALTER TABLE auth_sessions ADD COLUMN client_version TEXT NOT NULL DEFAULT '';
ALTER TABLE auth_sessions ADD COLUMN ended_at TEXT;

ALTER TABLE auth_login_events ADD COLUMN event TEXT NOT NULL DEFAULT 'sign_in'
    CONSTRAINT login_events_event_known CHECK (event IN
        ('sign_in', 'sign_out', 'password_changed', 'role_changed', 'member_created',
         'member_disabled', 'member_enabled'));
ALTER TABLE auth_login_events ADD COLUMN actor TEXT NOT NULL DEFAULT '';

CREATE INDEX login_events_by_time ON auth_login_events (occurred_at);
