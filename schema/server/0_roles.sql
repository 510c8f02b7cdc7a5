-- The household server's roles (DESIGN §7), run by `server init` as a
-- superuser before the migrations, every time: each statement may find its
-- work already done.
--
--   omt_owner   NOLOGIN. Owns every schema, table and function, so that no
--               member ever does. The administration functions run as it.
--   omt_member  NOLOGIN group role holding the members' grants; every
--               member's own login role is granted it.
--   omt_admin   NOLOGIN group role of the administrators: the only role that
--               may execute the administration functions.
--
-- Roles belong to the whole PostgreSQL cluster, not to one database: a
-- cluster serves one household.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'omt_owner') THEN
        -- CREATEROLE: the administration functions make, enable and disable
        -- the members' roles and set their passwords.
        CREATE ROLE omt_owner NOLOGIN CREATEROLE;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'omt_member') THEN
        CREATE ROLE omt_member NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'omt_admin') THEN
        CREATE ROLE omt_admin NOLOGIN;
    END IF;
    -- Members who still hold a one-time password: they may sign in and
    -- choose their own password, and read nothing.
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'omt_invited') THEN
        CREATE ROLE omt_invited NOLOGIN;
    END IF;
END;
$$;

-- Roles someone changed by hand are put right; untouched ones are not
-- written again (another database of the cluster may be set up at the same
-- time, and two writers of one role's row make one of them fail).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'omt_owner'
               AND (rolcanlogin OR NOT rolcreaterole OR rolsuper OR rolbypassrls)) THEN
        ALTER ROLE omt_owner NOLOGIN CREATEROLE NOSUPERUSER NOBYPASSRLS;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname IN ('omt_member', 'omt_admin', 'omt_invited')
               AND (rolcanlogin OR rolcreaterole OR rolsuper OR rolbypassrls)) THEN
        ALTER ROLE omt_member NOLOGIN NOCREATEROLE NOSUPERUSER NOBYPASSRLS;
        ALTER ROLE omt_admin NOLOGIN NOCREATEROLE NOSUPERUSER NOBYPASSRLS;
        ALTER ROLE omt_invited NOLOGIN NOCREATEROLE NOSUPERUSER NOBYPASSRLS;
    END IF;
END;
$$;

-- The owner grants the group roles to the members it makes (PostgreSQL 16
-- and later ask for ADMIN OPTION for that) and ends a disabled member's
-- connections (pg_signal_backend: it is not a member of their roles).
GRANT omt_member TO omt_owner WITH ADMIN OPTION;
GRANT omt_admin TO omt_owner WITH ADMIN OPTION;
GRANT omt_invited TO omt_owner WITH ADMIN OPTION;
GRANT pg_signal_backend TO omt_owner;

-- The extensions the schema uses are installed by the superuser; the owner
-- then creates everything else.
CREATE EXTENSION IF NOT EXISTS ltree;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Under row-level security the planner uses a comparison as an index
-- condition, and the column's statistics to estimate it, only when its
-- function is leakproof. The class tree's containment and equality cannot
-- fail or tell anything but their answer; unmarked, a page of one class
-- was estimated at 1% of the catalogue (it was 29%) and sorted in full
-- (100 ms instead of 3). Only a superuser may mark them, and reinstalling
-- the extension forgets it: `server init` marks them again.
DO $$
DECLARE
    comparison regprocedure;
BEGIN
    FOR comparison IN
        SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
        JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
                                   AND d.deptype = 'e'
        JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'ltree'
        WHERE p.proname IN ('ltree_isparent', 'ltree_risparent', 'ltree_eq', 'ltree_ne')
          AND NOT p.proleakproof
    LOOP
        EXECUTE format('ALTER FUNCTION %s LEAKPROOF', comparison);
    END LOOP;
END;
$$;

-- Connecting is for members; nobody else's role may create anything here,
-- not even temporary tables, nor anything in the public schema.
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO omt_member, omt_invited', current_database());
    EXECUTE format('GRANT CONNECT, CREATE ON DATABASE %I TO omt_owner', current_database());
END;
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
-- The migrations record their versions in public.schema_version.
GRANT USAGE, CREATE ON SCHEMA public TO omt_owner;

-- A library that was created before it was a household server (the init
-- command run as a superuser) belongs to that superuser: everything of the
-- library's moves to the owner. Extensions stay the superuser's.
DO $$
DECLARE
    object record;
BEGIN
    FOR object IN
        SELECT n.nspname AS name FROM pg_catalog.pg_namespace n
        WHERE n.nspname IN ('media', 'users', 'interaction', 'auth')
          AND pg_catalog.pg_get_userbyid(n.nspowner) <> 'omt_owner'
    LOOP
        EXECUTE format('ALTER SCHEMA %I OWNER TO omt_owner', object.name);
    END LOOP;
    FOR object IN
        SELECT c.oid::regclass::text AS name, c.relkind FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE (n.nspname IN ('media', 'users', 'interaction', 'auth')
               OR (n.nspname = 'public' AND c.relname = 'schema_version'))
          AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
          AND pg_catalog.pg_get_userbyid(c.relowner) <> 'omt_owner'
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                          WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                            AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER %s %s OWNER TO omt_owner',
                       CASE object.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                           WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE'
                                           ELSE 'TABLE' END,
                       object.name);
    END LOOP;
    FOR object IN
        SELECT p.oid::regprocedure::text AS name FROM pg_catalog.pg_proc p
        JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname IN ('media', 'users', 'interaction', 'auth')
          AND pg_catalog.pg_get_userbyid(p.proowner) <> 'omt_owner'
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                          WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
                            AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO omt_owner', object.name);
    END LOOP;
END;
$$;

-- Functions the owner makes from now on are nobody else's to run until the
-- security script grants them.
ALTER DEFAULT PRIVILEGES FOR ROLE omt_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
