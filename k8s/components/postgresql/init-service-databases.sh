#!/bin/sh
# Runs once, when the PostgreSQL data directory is created (docker-entrypoint-initdb.d).
# One role and one database per service, owned by that role; the same names as ./suite creates
# locally. The "backup" role may read every database and open replication connections (for
# pg_basebackup, full and incremental).
set -eu
for svc in content analytics campaign risk; do
    var=$(echo "$svc" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD
    pw=$(printenv "$var")
    psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres -v role="$svc" -v pw="$pw" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'pw';
CREATE DATABASE :"role" OWNER :"role";
SQL
done
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres -v pw="$BACKUP_DB_PASSWORD" <<'SQL'
CREATE ROLE backup LOGIN REPLICATION PASSWORD :'pw';
GRANT pg_read_all_data TO backup;
SQL
# "host all all all" of the image does not cover replication connections.
echo "host replication backup all scram-sha-256" >>"$PGDATA/pg_hba.conf"
