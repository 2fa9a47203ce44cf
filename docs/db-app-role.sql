-- Privileges for running the app as a database role that does NOT own the tables.
--
-- The owner role creates and migrates the schema (`MIGRATION_DATABASE_URL`, used by
-- `npm run db:migrate` and by `npm start`'s migration check); the app connects as the app role
-- (`DATABASE_URL`) and can read and write rows but cannot change the schema, TRUNCATE anything, or
-- change or remove audit rows even if the trigger were dropped.
--
-- Run as the owner (or a superuser) after creating the app role, e.g.:
--   CREATE ROLE township_app LOGIN PASSWORD '…';
--   psql "$MIGRATION_DATABASE_URL" -v app_role=township_app -v owner_role=township_owner -f docs/db-app-role.sql
-- Safe to run again (after each migration that adds tables, if default privileges were not set).

GRANT USAGE ON SCHEMA public TO :"app_role";
REVOKE CREATE ON SCHEMA public FROM :"app_role";

-- Rows, not structure: no TRUNCATE, REFERENCES or TRIGGER.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app_role";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app_role";

-- Tables and sequences the owner creates later (new migrations) get the same.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO :"app_role";

-- The audit trail: append and read only. The migration history: read only (the app checks it).
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditLog" FROM :"app_role";
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM :"app_role";
