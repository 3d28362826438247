#!/usr/bin/env bash
# How the KPI query scales with the size of the table: one account's KPIs over 30 days through HTTP, with
# 100 thousand snapshots in the database (1 account x 1,000 videos x 100 days) and then with 10 million
# (100 accounts x 1,000 videos x 100 days). The queried account's own data is the same in both; only the
# table grows. Rows are generated with generate_series straight into a bench database (analytics_bench:
# video_snapshots, the one table ingestion writes them to), served by a second
# analytics-service started from the built jar on BENCH_PORT. Prints median and p90 latency at both sizes and
# the ratio large/small; the target is <= 3.
#
# Needs PostgreSQL and Keycloak of ./suite up, the built jar (built here when missing), about 6 GB of disk and
# some minutes to generate 10M rows. Not part of CI. Run as root (creates the database through the postgres
# account) or create analytics_bench owned by analytics beforehand.
# Settings (environment): ACCOUNTS (100), VIDEOS (1000), DAYS (100), REQUESTS (50), WARMUP (20), TARGET (3),
# BENCH_PORT (8092), KEEP=1 keeps the bench database, BENCH_USER (analyst).
# Exit status: 0 when the ratio meets the target, 1 when it does not, 2 when the run was impossible.
set -euo pipefail

SUITE_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=bench/wrk-common.sh
. "$SUITE_HOME/bench/wrk-common.sh"
# shellcheck source=bench/analytics-common.sh
. "$SUITE_HOME/bench/analytics-common.sh"
analytics_env

ACCOUNTS=${ACCOUNTS:-100}
VIDEOS=${VIDEOS:-1000}
DAYS=${DAYS:-100}
REQUESTS=${REQUESTS:-50}
WARMUP=${WARMUP:-20}
TARGET=${TARGET:-3}
BENCH_PORT=${BENCH_PORT:-8092}
BENCH_USER=${BENCH_USER:-analyst}
DB=analytics_bench
JAR=$SUITE_HOME/analytics-service/target/quarkus-app/quarkus-run.jar
LOG=$(mktemp)
SERVICE_PID=

stop_service() {
    if [[ -n $SERVICE_PID ]]; then
        kill "$SERVICE_PID" 2>/dev/null || true
        wait "$SERVICE_PID" 2>/dev/null || true
    fi
    if [[ ${KEEP:-0} != 1 ]]; then
        as_admin "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
    fi
    [[ ${KEEP:-0} == 1 ]] || rm -f "$LOG"
}
trap stop_service EXIT

as_admin() { # <sql>: as the postgres account (root only)
    [[ $(id -u) -eq 0 ]] || return 1
    (cd /tmp && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "${DB_PORT:-5432}" -d postgres -c "$1")
}

if ! apsql "$DB" -c 'SELECT 1' >/dev/null 2>&1; then
    as_admin "CREATE DATABASE $DB OWNER ${ANALYTICS_DB_USER:-analytics}" >/dev/null ||
        die "cannot create $DB: run as root, or create it owned by ${ANALYTICS_DB_USER:-analytics}"
fi
if [[ ! -f $JAR ]]; then
    echo "==> building analytics-service"
    (cd "$SUITE_HOME" && mvn -o -q -pl analytics-service -am package -DskipTests) || die "the build failed"
fi

echo "==> starting analytics-service on :$BENCH_PORT against $DB (log: $LOG)"
java -Dquarkus.http.port="$BENCH_PORT" -D%prod.lightning.database="$DB" -Dquarkus.datasource.jdbc.max-size=4 \
    -jar "$JAR" >"$LOG" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 60); do
    curl -sf "http://localhost:$BENCH_PORT/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$SERVICE_PID" 2>/dev/null || die "analytics-service did not start: $(tail -5 "$LOG")"
    sleep 1
done
curl -sf "http://localhost:$BENCH_PORT/q/health/ready" >/dev/null || die "analytics-service is not ready on :$BENCH_PORT"
apsql "$DB" -c "TRUNCATE video_snapshots, alert_checks" >/dev/null

generate() { # <first account> <last account>: VIDEOS x DAYS snapshots each
    local a
    for a in $(seq "$1" "$2"); do
        apsql "$DB" -c "
            INSERT INTO video_snapshots (video_id, account_id, captured_at, plays, likes, comments, shares, favorites,
                                         new_followers, completion_rate, avg_watch_seconds)
            SELECT format('acct-%s-v%s', $a, v), format('acct-%s', $a), timestamptz '2026-06-01 12:00+08' + d * interval '1 day',
                   (d + 1) * (1000 + v), (d + 1) * (80 + v % 50), (d + 1) * (5 + v % 7), (d + 1) * (3 + v % 11),
                   (d + 1) * (9 + v % 13), (d + 1) * (2 + v % 5), 0.3 + (v % 50) / 100.0, 10 + v % 40
            FROM generate_series(0, $VIDEOS - 1) v, generate_series(0, $DAYS - 1) d;" >/dev/null
        printf '.'
    done
    echo
    apsql "$DB" -c "ANALYZE video_snapshots" >/dev/null
}

TO=$(date -d "2026-06-01 + $((DAYS - 1)) days" +%F)
FROM=$(date -d "$TO - 29 days" +%F)
URL="http://localhost:$BENCH_PORT/api/kpis?accountId=acct-0&from=$FROM&to=$TO"

measure() { # -> "median_ms p90_ms"
    local token i
    token=$(token)
    for i in $(seq 1 "$WARMUP"); do
        curl -sf -o /dev/null -H "Authorization: Bearer $token" "$URL" || die "GET $URL failed"
    done
    for i in $(seq 1 "$REQUESTS"); do
        curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$URL"
    done | sort -n | awk '{ t[NR] = $1 * 1000 } END { p = int(NR * 0.9); if (p < 1) p = 1; printf "%.2f %.2f\n", t[int((NR + 1) / 2)], t[p] }'
}

count() { apsql "$DB" -tA -c "SELECT count(*) FROM video_snapshots"; }

echo "==> small: 1 account x $VIDEOS videos x $DAYS days"
generate 0 0
read -r small_p50 small_p90 < <(measure)
small_rows=$(count)
echo "==> large: $ACCOUNTS accounts x $VIDEOS videos x $DAYS days (this takes a while)"
generate 1 $((ACCOUNTS - 1))
read -r large_p50 large_p90 < <(measure)
large_rows=$(count)

echo
echo "GET /api/kpis?accountId=acct-0&from=$FROM&to=$TO, $WARMUP warm-up then $REQUESTS requests (curl, one at a time)"
printf '%-6s %12s %12s %10s\n' size snapshots "median ms" "p90 ms"
printf '%-6s %12s %12s %10s\n' small "$small_rows" "$small_p50" "$small_p90"
printf '%-6s %12s %12s %10s\n' large "$large_rows" "$large_p50" "$large_p90"
ratio=$(awk -v l="$large_p50" -v s="$small_p50" 'BEGIN { printf "%.2f", (s > 0) ? l / s : 0 }')
echo
if awk -v r="$ratio" -v t="$TARGET" 'BEGIN { exit !(r <= t) }'; then
    echo "ratio large/small (median): $ratio (target <= $TARGET): MET"
else
    echo "ratio large/small (median): $ratio (target <= $TARGET): NOT MET"
    exit 1
fi
