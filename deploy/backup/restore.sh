#!/usr/bin/env bash
# Restores a Bulletin CMS backup (a directory written by POST /api/v1/backups) for a FRESH server, before that
# server's first start. It never overwrites: it refuses a data directory that already holds a database or source
# originals, and a PostgreSQL database that already has tables.
#
#   deploy/backup/restore.sh [--sources DIR] BACKUP DATA_DIR
#
# BACKUP    the backup directory (it holds manifest.json, database.zip or database.dump, and sources/)
# DATA_DIR  the new server's cms.data.dir
# --sources the new server's cms.sources.dir, when it is not DATA_DIR/sources
#
# H2 backups (database.zip) are unzipped into DATA_DIR/h2. PostgreSQL backups (database.dump, pg_dump's custom
# format) are loaded with pg_restore into the EMPTY database named by the standard libpq variables PGHOST, PGPORT,
# PGUSER, PGPASSWORD and PGDATABASE (create it first, owned by the user the server connects as); pg_restore must be
# of the dump's major version or newer. The source originals and the store's identity file are copied in both cases.
# The search index is not restored: the server rebuilds it from the database at its first start.
set -euo pipefail

sources=""
if [ "${1:-}" = "--sources" ]; then
  sources="$2"
  shift 2
fi
if [ $# -ne 2 ]; then
  sed -n '2,18p' "$0" >&2
  exit 2
fi
backup="$1"
data="$2"
sources="${sources:-$data/sources}"

fail() { echo "restore: $*" >&2; exit 1; }

[ -f "$backup/manifest.json" ] || fail "$backup has no manifest.json: not a complete backup"
[ -d "$backup/sources/originals" ] || fail "$backup has no sources/originals"
if [ -d "$sources/originals" ] && [ -n "$(ls -A "$sources/originals")" ]; then
  fail "$sources/originals is not empty; restore only into a fresh server's store"
fi
[ -e "$sources/store-id" ] && fail "$sources already has a store-id; restore only into a fresh server's store"

if [ -f "$backup/database.zip" ]; then
  [ -e "$data/h2" ] && [ -n "$(ls -A "$data/h2")" ] && fail "$data/h2 is not empty; restore only into a fresh data directory"
  mkdir -p "$data/h2"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$backup/database.zip" -d "$data/h2"
  else
    (cd "$data/h2" && jar xf "$(cd "$backup" && pwd)/database.zip")
  fi
  [ -f "$data/h2/bulletin.mv.db" ] || fail "database.zip did not hold bulletin.mv.db"
  echo "restore: H2 database restored into $data/h2"
elif [ -f "$backup/database.dump" ]; then
  : "${PGDATABASE:?set PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE for the new, empty database}"
  tables=$(psql -X -A -t -v ON_ERROR_STOP=1 -c "select count(*) from information_schema.tables where table_schema = 'public'")
  [ "$tables" = "0" ] || fail "database $PGDATABASE already has $tables tables; restore only into an empty database"
  pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$PGDATABASE" "$backup/database.dump"
  echo "restore: PostgreSQL database $PGDATABASE restored"
else
  fail "$backup holds neither database.zip (H2) nor database.dump (PostgreSQL)"
fi

mkdir -p "$sources/originals"
# -p keeps the files' times: the store reads an original's age from them
cp -pR "$backup/sources/originals/." "$sources/originals/"
if [ -f "$backup/sources/store-id" ]; then
  cp -p "$backup/sources/store-id" "$sources/store-id"
fi
echo "restore: $(ls "$sources/originals" | wc -l) source originals restored into $sources"
echo "restore: start the server with cms.data.dir=$data (and the same CMS_DB_* for PostgreSQL); it rebuilds the search index"
