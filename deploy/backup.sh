#!/bin/sh
# Nightly backup of the feedback database: a compressed pg_dump, kept for $KEEP_DAYS days.
#   deploy/backup.sh postgresql://govportal_owner@localhost/govportal_feedback /var/backups/govportal
# Restore (tested in tests/db/test_deploy.py), into an empty database made as in postgres-roles.sql:
#   pg_restore --no-owner --role=govportal_owner -d postgresql://.../govportal_feedback FILE.dump
#   then run deploy/postgres-grants.sql
# The password comes from ~/.pgpass or PGPASSWORD, never from the command line.
set -eu
DATABASE="$1"
FOLDER="$2"
KEEP_DAYS="${KEEP_DAYS:-35}"
mkdir -p "$FOLDER"
umask 077  # the dump holds comments and contact details
FILE="$FOLDER/feedback-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --no-owner --no-privileges --file="$FILE.partial" "$DATABASE"
mv "$FILE.partial" "$FILE"  # a dump cut short is never taken for a whole one
find "$FOLDER" -name 'feedback-*.dump' -mtime +"$KEEP_DAYS" -delete
echo "$FILE"
