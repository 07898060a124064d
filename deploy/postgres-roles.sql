-- The feedback database with least privilege: run once, as a PostgreSQL superuser:
--   psql -v ON_ERROR_STOP=1 -v owner_password="..." -v app_password="..." -f deploy/postgres-roles.sql
-- govportal_owner owns the tables: 'govportal feedback migrate', purge, approve, export run as it.
-- govportal_app is the receiver: it adds and reads responses and cannot change or drop them.
-- After every 'govportal feedback migrate', run deploy/postgres-grants.sql (new tables).
CREATE ROLE govportal_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE govportal_app LOGIN PASSWORD :'app_password';
CREATE DATABASE govportal_feedback OWNER govportal_owner;
REVOKE ALL ON DATABASE govportal_feedback FROM PUBLIC;
GRANT CONNECT ON DATABASE govportal_feedback TO govportal_app;
\connect govportal_feedback
REVOKE ALL ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO govportal_owner;
GRANT USAGE ON SCHEMA public TO govportal_app;
