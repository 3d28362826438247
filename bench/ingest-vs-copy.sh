#!/usr/bin/env bash
# Ingestion through the API against PostgreSQL's COPY: in each round, ROWS generated snapshots (default 200,000)
# are loaded with COPY straight into video_snapshots, then the same number of other fresh snapshots through
# POST /api/metrics/batch of the running analytics-service (real analyst token, CLIENTS parallel clients, batches
# of lightning.metrics.max-batch-rows). The API also queues the days for the alert rules in the same statement;
# COPY only fills the table. Both loads start from the same compacted table; each round deletes its rows afterwards.
# WARMUP rounds (not counted) let the JIT compile the ingestion path first. Prints rows/s of both loads per round
# and the median of the rounds' ratios api/copy; the target is >= 0.5.
#
# Needs the running suite (./suite up). Not part of CI. Settings (environment): ROWS (200000), CLIENTS (4),
# ROUNDS (3), WARMUP (1), BATCH (the configured max-batch-rows), TARGET (0.5), ANALYTICS_URL (http://localhost:8082),
# BENCH_USER (analyst).
# Exit status: 0 when the ratio meets the target, 1 when it does not, 2 when the run was impossible.
set -euo pipefail

SUITE_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=bench/wrk-common.sh
. "$SUITE_HOME/bench/wrk-common.sh"
# shellcheck source=bench/analytics-common.sh
. "$SUITE_HOME/bench/analytics-common.sh"
analytics_env

ROWS=${ROWS:-200000}
CLIENTS=${CLIENTS:-4}
BATCH=${BATCH:-$(config_batch_rows)}
TARGET=${TARGET:-0.5}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-1}
ANALYTICS_URL=${ANALYTICS_URL:-http://localhost:8082}
BENCH_USER=${BENCH_USER:-analyst}
RUN=$(date +%s)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; cleanup' EXIT

cleanup() {
    apsql analytics -c "DELETE FROM video_snapshots WHERE account_id LIKE 'bench-%-$RUN-%';
                        DELETE FROM alert_checks WHERE account_id LIKE 'bench-%-$RUN-%';" >/dev/null 2>&1 || true
}

# ROWS snapshots: 100 accounts, videos of 100 daily snapshots each, counters growing with the day
generate() { # <csv|json> <prefix>
    awk -v n="$ROWS" -v fmt="$1" -v prefix="$2" -v run="$RUN" -v batch="$BATCH" -v dir="$WORK" 'BEGIN {
        srand(42)
        for (i = 0; i < n; i++) {
            video = int(i / 100); day = i % 100; account = video % 100
            plays = (day + 1) * (1000 + video % 997); likes = int(plays / 12); comments = int(plays / 150)
            shares = int(plays / 90); favorites = int(plays / 60); followers = int(plays / 400)
            at = sprintf("2026-%02d-%02dT12:00:00+08:00", 6 + int(day / 28), 1 + day % 28)
            acc = sprintf("bench-%s-%s-%d", prefix, run, account); vid = sprintf("%s-v%d", acc, video)
            if (fmt == "csv") {
                printf "%s,%s,%s,%d,%d,%d,%d,%d,%d,0.%04d,%d.50\n", vid, acc, at, plays, likes, comments, shares, \
                    favorites, followers, 3000 + video % 5000, 10 + video % 40 > (dir "/copy.csv")
            } else {
                file = sprintf("%s/batch-%06d.json", dir, int(i / batch))
                printf "%s{\"videoId\":\"%s\",\"accountId\":\"%s\",\"capturedAt\":\"%s\",\"plays\":%d,\"likes\":%d,\"comments\":%d,\"shares\":%d,\"favorites\":%d,\"newFollowers\":%d,\"completionRate\":0.%04d,\"avgWatchSeconds\":%d.50}", \
                    (i % batch == 0 ? "[" : ","), vid, acc, at, plays, likes, comments, shares, favorites, followers, \
                    3000 + video % 5000, 10 + video % 40 > file
                if (i % batch == batch - 1 || i == n - 1) { printf "]" > file; close(file) }
            }
        }
    }'
}

# Both loads start from the same compact table: the rows of earlier rounds are deleted, and VACUUM FULL rewrites the
# table and its indexes, so neither load pays for dead rows or index pages bloated by an earlier one.
vacuum() { apsql analytics -c "VACUUM (FULL, ANALYZE) video_snapshots, alert_checks" >/dev/null; }

TOKEN=$(token)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$ANALYTICS_URL/api/metrics?size=1") || status=000
[[ $status == 200 ]] || die "analytics-service answers $status at $ANALYTICS_URL; is the suite up (./suite up)?"

round() { # <n>: one COPY load and one API load of fresh rows; prints "copy_s api_s"
    local r=$1 start copy_s api_s failed stored
    rm -f "$WORK"/copy.csv "$WORK"/batch-*.json
    generate csv "copy$r"
    generate json "api$r"
    vacuum
    start=$(now_s)
    apsql analytics -c "\\copy video_snapshots (video_id, account_id, captured_at, plays, likes, comments, shares, favorites, new_followers, completion_rate, avg_watch_seconds) FROM '$WORK/copy.csv' WITH (FORMAT csv)"
    copy_s=$(awk -v a="$start" -v b="$(now_s)" 'BEGIN { printf "%.3f", b - a }')
    vacuum
    start=$(now_s)
    ls "$WORK"/batch-*.json | xargs -P "$CLIENTS" -I{} curl -s -o /dev/null -w '%{http_code}\n' \
        -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @{} \
        "$ANALYTICS_URL/api/metrics/batch" >"$WORK/statuses"
    api_s=$(awk -v a="$start" -v b="$(now_s)" 'BEGIN { printf "%.3f", b - a }')
    failed=$(grep -vc '^200$' "$WORK/statuses" || true)
    stored=$(apsql analytics -tA -c "SELECT count(*) FROM video_snapshots WHERE account_id LIKE 'bench-api$r-$RUN-%'")
    [[ $failed == 0 && $stored == "$ROWS" ]] || die "the API load failed: $failed batches not 200, $stored of $ROWS rows stored"
    cleanup
    echo "$copy_s $api_s"
}

echo "==> $ROUNDS rounds after $WARMUP warm-up round(s): $ROWS snapshots by COPY, then through the API ($CLIENTS clients, batches of $BATCH)"
for r in $(seq 1 "$WARMUP"); do
    round "w$r" >/dev/null
done
printf '%-6s %8s %10s %8s %10s %7s\n' round "COPY s" "COPY rows/s" "API s" "API rows/s" ratio
for r in $(seq 1 "$ROUNDS"); do
    read -r copy_s api_s < <(round "$r")
    awk -v r="$r" -v n="$ROWS" -v c="$copy_s" -v a="$api_s" \
        'BEGIN { printf "%-6s %8.3f %10.0f %8.3f %10.0f %7.3f\n", r, c, n / c, a, n / a, c / a }'
    echo "$copy_s $api_s" >>"$WORK/rounds"
done
ratio=$(awk '{ print $1 / $2 }' "$WORK/rounds" | sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", v[int((NR + 1) / 2)] }')
echo
if awk -v r="$ratio" -v t="$TARGET" 'BEGIN { exit !(r >= t) }'; then
    echo "median ratio api/copy: $ratio (target >= $TARGET): MET"
else
    echo "median ratio api/copy: $ratio (target >= $TARGET): NOT MET"
    exit 1
fi
