#!/usr/bin/env bash
# Ingestion through the API against PostgreSQL's COPY: the same N generated snapshots (ROWS, default 200,000)
# are loaded once with COPY straight into video_snapshots and once through POST /api/metrics/batch of the running
# analytics-service (real analyst token, CLIENTS parallel clients, batches of lightning.metrics.max-batch-rows).
# The API also keeps the per-day rollup and the alert queue in the same statement; COPY only fills the table.
# Prints rows/s of both and the ratio api/copy; the target is >= 0.5. Each run uses fresh account ids and
# deletes its rows afterwards.
#
# Needs the running suite (./suite up). Not part of CI. Settings (environment): ROWS (200000), CLIENTS (4),
# BATCH (the configured max-batch-rows), TARGET (0.5), ANALYTICS_URL (http://localhost:8082), BENCH_USER (analyst).
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
ANALYTICS_URL=${ANALYTICS_URL:-http://localhost:8082}
BENCH_USER=${BENCH_USER:-analyst}
RUN=$(date +%s)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; cleanup' EXIT

cleanup() {
    apsql analytics -c "DELETE FROM video_snapshots WHERE account_id LIKE 'bench-%-$RUN-%';
                        DELETE FROM video_daily WHERE account_id LIKE 'bench-%-$RUN-%';
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

echo "==> generating $ROWS snapshots (COPY file and JSON batches of $BATCH rows)"
generate csv copy
generate json api
TOKEN=$(token)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$ANALYTICS_URL/api/metrics?size=1") || status=000
[[ $status == 200 ]] || die "analytics-service answers $status at $ANALYTICS_URL; is the suite up (./suite up)?"

echo "==> COPY into video_snapshots"
start=$(now_s)
apsql analytics -c "\\copy video_snapshots (video_id, account_id, captured_at, plays, likes, comments, shares, favorites, new_followers, completion_rate, avg_watch_seconds) FROM '$WORK/copy.csv' WITH (FORMAT csv)"
copy_s=$(awk -v a="$start" -v b="$(now_s)" 'BEGIN { printf "%.3f", b - a }')

echo "==> POST /api/metrics/batch, $CLIENTS parallel clients"
start=$(now_s)
ls "$WORK"/batch-*.json | xargs -P "$CLIENTS" -I{} curl -s -o /dev/null -w '%{http_code}\n' \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @{} \
    "$ANALYTICS_URL/api/metrics/batch" >"$WORK/statuses"
api_s=$(awk -v a="$start" -v b="$(now_s)" 'BEGIN { printf "%.3f", b - a }')
failed=$(grep -vc '^200$' "$WORK/statuses" || true)
stored=$(apsql analytics -tA -c "SELECT count(*) FROM video_snapshots WHERE account_id LIKE 'bench-api-$RUN-%'")
[[ $failed == 0 && $stored == "$ROWS" ]] || die "the API run failed: $failed batches not 200, $stored of $ROWS rows stored"

copy_rps=$(awk -v n="$ROWS" -v s="$copy_s" 'BEGIN { printf "%.0f", n / s }')
api_rps=$(awk -v n="$ROWS" -v s="$api_s" 'BEGIN { printf "%.0f", n / s }')
ratio=$(awk -v a="$api_rps" -v c="$copy_rps" 'BEGIN { printf "%.3f", (c > 0) ? a / c : 0 }')
echo
printf '%-6s %10s %10s\n' load seconds "rows/s"
printf '%-6s %10s %10s\n' COPY "$copy_s" "$copy_rps"
printf '%-6s %10s %10s\n' API "$api_s" "$api_rps"
echo
if awk -v r="$ratio" -v t="$TARGET" 'BEGIN { exit !(r >= t) }'; then
    echo "ratio api/copy: $ratio (target >= $TARGET): MET"
else
    echo "ratio api/copy: $ratio (target >= $TARGET): NOT MET"
    exit 1
fi
