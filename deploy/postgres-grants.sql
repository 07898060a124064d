-- What the receiver's role (govportal_app) may do, table by table: run after every
-- 'govportal feedback migrate', as govportal_owner or a superuser, in govportal_feedback:
--   psql -v ON_ERROR_STOP=1 -d govportal_feedback -f deploy/postgres-grants.sql
-- Responses: add and read (a retried post is looked up by its nonce); never change or delete.
GRANT SELECT, INSERT ON feedback TO govportal_app;
GRANT USAGE ON SEQUENCE feedback_id_seq TO govportal_app;
-- The shared rate limit: the receiver counts and forgets visitors.
GRANT SELECT, INSERT, UPDATE, DELETE ON govportal_rate_limit TO govportal_app;
-- The schema version (checked at start) and the rate limit's salt: read only.
GRANT SELECT ON govportal_schema, govportal_secret TO govportal_app;
