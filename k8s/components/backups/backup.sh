#!/bin/sh
# Scheduled backups of the suite's PostgreSQL (see k8s/README.md, "Backups and restore").
#   MODE=full         (weekly)  a full physical backup (pg_basebackup), which starts a new chain
#   MODE=incremental  (daily)   an incremental physical backup against the chain's latest manifest
#                               (pg_basebackup --incremental, PostgreSQL 17; summarize_wal=on)
# Both also dump every service database on its own (pg_dump -Fc, one file per database), so a
# single service can be restored without touching the others. With PHYSICAL=false (an external,
# managed PostgreSQL whose provider keeps the physical backups and WAL) only the dumps are taken.
# Layout on the backup volume:
#   /backups/dumps/<UTC timestamp>/<db>.dump
#   /backups/base/<chain: timestamp of its full>/<timestamp>-full|-incr/   (pg_basebackup, plain format: what pg_combinebackup reads)
set -eu
ts=$(date -u +%Y%m%dT%H%M%SZ)
root=${BACKUP_ROOT:-/backups}
export PGHOST="$DB_HOST" PGPORT="$DB_PORT" PGCONNECT_TIMEOUT=10

# 1. One dump per service database, each with the service's own role (it owns its database).
trap 'rm -rf "$root/dumps/$ts.partial"' EXIT # a failed run leaves no half set of dumps
mkdir -p "$root/dumps/$ts.partial"
for db in content analytics campaign risk; do
    var=$(echo "$db" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD
    PGPASSWORD=$(printenv "$var") pg_dump -Fc -U "$db" -d "$db" -f "$root/dumps/$ts.partial/$db.dump"
    echo "dumped $db: $(du -h "$root/dumps/$ts.partial/$db.dump" | cut -f1)"
done
mv "$root/dumps/$ts.partial" "$root/dumps/$ts"
echo "dumps: $root/dumps/$ts"

# 2. Physical backups: a weekly full and daily incrementals on top of it.
if [ "${PHYSICAL:-true}" = true ]; then
    export PGPASSWORD="$BACKUP_DB_PASSWORD"
    chain=$(ls -1 "$root/base" 2>/dev/null | sort | tail -n 1 || true)
    last=""
    [ -n "$chain" ] && last=$(ls -1 "$root/base/$chain" | sort | tail -n 1)
    if [ "$MODE" = incremental ] && [ -n "$last" ] && [ -f "$root/base/$chain/$last/backup_manifest" ]; then
        target="$root/base/$chain/$ts-incr"
        if pg_basebackup -U backup -D "$target" -Fp -X stream -c fast \
            --incremental="$root/base/$chain/$last/backup_manifest"; then
            echo "incremental backup: $target (on top of $chain/$last)"
        else
            echo "the incremental backup failed: taking a full one (a new chain)" >&2
            rm -rf "$target"
            MODE=full
        fi
    else
        MODE=full
    fi
    if [ "$MODE" = full ]; then
        mkdir -p "$root/base/$ts"
        if ! pg_basebackup -U backup -D "$root/base/$ts/$ts-full" -Fp -X stream -c fast; then
            rm -rf "${root:?}/base/$ts" # no half chain for the next incremental to build on
            echo "the full backup failed" >&2
            exit 1
        fi
        echo "full backup: $root/base/$ts/$ts-full"
    fi
    # Keep the newest KEEP_CHAINS chains (a chain = a full and its incrementals).
    ls -1 "$root/base" | sort -r | tail -n +"$((KEEP_CHAINS + 1))" | while read -r old; do
        rm -rf "${root:?}/base/$old"
        echo "removed the old chain $old"
    done
fi

# Dumps older than RETAIN_DAYS days go.
find "$root/dumps" -mindepth 1 -maxdepth 1 -type d -mtime +"$RETAIN_DAYS" -print -exec rm -rf {} +
echo "backup done: $ts (dumps$( [ "${PHYSICAL:-true}" = true ] && echo ", physical $MODE"))"
