#!/usr/bin/env bash
# The compliance scan as a console calls it: POST /api/scans with a 2 KB piece of ad copy (UTF-8), under
# load (wrk, 32 connections, 2 threads), through the gateway and, for reference, straight at risk-service.
# Prints requests/s and latency p50/p90/p99 of each. The copy mixes clean sentences with Advertising-Law
# terms, some of them disguised (最*佳, 國家級, full-width ＮＯ．１), so every request does the full work:
# folding, matching, exemptions and overlap rules.
#
# Needs the running suite (./suite up). Rerunnable. Settings (environment): DURATION (s, default 20),
# WARMUP (s, default 10), CONNECTIONS (32), THREADS (2), GATEWAY_URL, RISK_URL, KEYCLOAK_URL, BENCH_USER.
# Exit status: 0 when both runs answered only 200s, 1 otherwise, 2 when the run was impossible.
set -euo pipefail

DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
GATEWAY_URL=${GATEWAY_URL:-http://localhost:8080}
RISK_URL=${RISK_URL:-http://localhost:8084}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:8180}
BENCH_USER=${BENCH_USER:-operator}

# shellcheck source=bench/wrk-common.sh
. "$(dirname "${BASH_SOURCE[0]}")/wrk-common.sh"
ensure_wrk
command -v curl >/dev/null || die "curl is missing (apt-get install -y curl)"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# About 2 KB of copy: sentences a brand would write, some of them breaking the law, repeated to size.
sentences=(
    "这款咖啡豆来自云南保山的高海拔庄园，手工挑选，中度烘焙，适合在家做手冲。"
    "我们的新品采用国家级工艺标准，是全网最*佳的选择，销量ＮＯ．１！"
    "最近很多朋友问我第二件半价怎么买，评论区告诉大家。"
    "三步教你做一杯好咖啡：磨豆、注水、等待四十秒的焖蒸。"
    "國家級認證，史上最低价，错过再等一年。"
    "早上一杯，下午一杯，通勤路上也能喝到新鲜的味道。"
)
text=""
i=0
while (( $(printf '%s' "$text" | wc -c) < 2048 )); do
    text+="${sentences[i % ${#sentences[@]}]}"
    i=$((i + 1))
done
printf '{"text": "%s"}' "$text" >"$WORK/body.json"
BYTES=$(printf '%s' "$text" | wc -c)

TOKEN=$(token)

cat >"$WORK/scan.lua" <<EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
local f = io.open("$WORK/body.json", "rb")
wrk.body = f:read("*a")
f:close()
EOF

check() { # <base url> <name>
    local status
    status=$(curl -s -o "$WORK/check.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' --data-binary "@$WORK/body.json" "$1/api/scans") || status=000
    [[ $status == 200 ]] || die "$2 answers $status to POST $1/api/scans (expected 200); is the suite up (./suite up)?"
}
check "$RISK_URL" "risk-service"
check "$GATEWAY_URL" "the gateway"
FINDINGS=$(grep -o '"term"' "$WORK/check.json" | wc -l)

run() { # <base url> <seconds> -> "rps p50 p90 p99 errors"
    local out
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2}s" --latency -s "$WORK/scan.lua" "$1/api/scans")
    echo "$(wrk_rps "$out") $(wrk_percentile "$out" 50) $(wrk_percentile "$out" 90) $(wrk_percentile "$out" 99) $(wrk_errors "$out")"
}

echo "==> POST /api/scans, ${BYTES} bytes of copy (${#text} UTF-16 units, $FINDINGS findings), $CONNECTIONS connections, $THREADS threads, ${DURATION}s"
echo "==> warming up both for ${WARMUP}s each"
run "$RISK_URL" "$WARMUP" >/dev/null
run "$GATEWAY_URL" "$WARMUP" >/dev/null

errors=0
printf '%-8s %12s %10s %10s %10s %8s\n' target "requests/s" "p50 ms" "p90 ms" "p99 ms" errors
for target in direct gateway; do
    url=$RISK_URL
    [[ $target == gateway ]] && url=$GATEWAY_URL
    read -r rps p50 p90 p99 failed < <(run "$url" "$DURATION")
    printf '%-8s %12.1f %10.3f %10.3f %10.3f %8d\n' "$target" "$rps" "$p50" "$p90" "$p99" "$failed"
    errors=$((errors + failed))
done
[[ $errors -eq 0 ]] || { echo "note: some responses were errors (non-2xx or socket errors)"; exit 1; }
