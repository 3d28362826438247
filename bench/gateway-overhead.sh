#!/usr/bin/env bash
# What the gateway costs: the same request, GET /api/accounts?size=1, measured straight at
# content-service and through the gateway, with the same load (wrk, 32 connections, 2 threads) and
# the same duration, alternating direct/gateway so that drift on the machine hits both alike.
# Prints requests/s and latency p50/p99 of each run, the ratio gateway/direct of each round (the two runs
# next to each other) and the median of those ratios; the target is >= 0.85. A median of paired rounds keeps
# one disturbed run (a GC pause, autovacuum) from deciding the verdict.
#
# Needs the running suite (./suite up). Rerunnable; installs wrk from Debian when it is missing.
# Settings (environment): DURATION (s, default 20), ROUNDS (default 3), WARMUP (s, default 10),
# CONNECTIONS (32), THREADS (2), TARGET (0.85), GATEWAY_URL, CONTENT_URL, KEYCLOAK_URL, BENCH_USER.
# Exit status: 0 when the ratio meets the target, 1 when it does not, 2 when the run was impossible.
set -euo pipefail

DURATION=${DURATION:-20}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
TARGET=${TARGET:-0.85}
GATEWAY_URL=${GATEWAY_URL:-http://localhost:8080}
CONTENT_URL=${CONTENT_URL:-http://localhost:8081}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:8180}
BENCH_USER=${BENCH_USER:-operator}
REQUEST_PATH="/api/accounts?size=1"

# shellcheck source=bench/wrk-common.sh
. "$(dirname "${BASH_SOURCE[0]}")/wrk-common.sh"

check() { # <base url> <name>
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$1$REQUEST_PATH") || status=000
    [[ $status == 200 ]] || die "$2 answers $status to GET $1$REQUEST_PATH (expected 200); is the suite up (./suite up)?"
}

run() { # <base url> <seconds> -> "rps p50_ms p99_ms errors"
    local out
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2}s" --latency -H "Authorization: Bearer $TOKEN" "$1$REQUEST_PATH")
    echo "$(wrk_rps "$out") $(wrk_percentile "$out" 50) $(wrk_percentile "$out" 99) $(wrk_errors "$out")"
}

ensure_wrk
command -v curl >/dev/null || die "curl is missing (apt-get install -y curl)"
TOKEN=$(token)
check "$CONTENT_URL" "content-service"
check "$GATEWAY_URL" "the gateway"

echo "==> GET $REQUEST_PATH, $CONNECTIONS connections, $THREADS threads, ${DURATION}s per run, $ROUNDS rounds"
echo "==> warming up both for ${WARMUP}s each"
run "$CONTENT_URL" "$WARMUP" >/dev/null
run "$GATEWAY_URL" "$WARMUP" >/dev/null

RATIOS=$(mktemp)
trap 'rm -f "$RATIOS"' EXIT
declare -A RPS=([direct]=0 [gateway]=0) P50=([direct]=0 [gateway]=0) P99=([direct]=0 [gateway]=0) ERR=([direct]=0 [gateway]=0)
printf '%-8s %-8s %12s %10s %10s %8s\n' round target "requests/s" "p50 ms" "p99 ms" errors
for round in $(seq 1 "$ROUNDS"); do
    for target in direct gateway; do
        url=$CONTENT_URL
        [[ $target == gateway ]] && url=$GATEWAY_URL
        read -r rps p50 p99 errors < <(run "$url" "$DURATION")
        printf '%-8s %-8s %12.1f %10.3f %10.3f %8d\n' "$round" "$target" "$rps" "$p50" "$p99" "$errors"
        RPS[$target]=$(awk -v a="${RPS[$target]}" -v b="$rps" 'BEGIN { print a + b }')
        P50[$target]=$(awk -v a="${P50[$target]}" -v b="$p50" 'BEGIN { print a + b }')
        P99[$target]=$(awk -v a="${P99[$target]}" -v b="$p99" 'BEGIN { print a + b }')
        ERR[$target]=$((ERR[$target] + errors))
        [[ $target == direct ]] && direct_rps=$rps
    done
    awk -v g="$rps" -v d="$direct_rps" 'BEGIN { printf "%.3f\n", (d > 0) ? g / d : 0 }' >>"$RATIOS"
    printf '%-8s %-8s %12s\n' "$round" ratio "$(tail -1 "$RATIOS")"
done

echo
printf '%-8s %12s %10s %10s %8s\n' mean "requests/s" "p50 ms" "p99 ms" errors
for target in direct gateway; do
    printf '%-8s %12.1f %10.3f %10.3f %8d\n' "$target" \
        "$(awk -v s="${RPS[$target]}" -v n="$ROUNDS" 'BEGIN { print s / n }')" \
        "$(awk -v s="${P50[$target]}" -v n="$ROUNDS" 'BEGIN { print s / n }')" \
        "$(awk -v s="${P99[$target]}" -v n="$ROUNDS" 'BEGIN { print s / n }')" "${ERR[$target]}"
done
if [[ ${ERR[direct]} -ne 0 || ${ERR[gateway]} -ne 0 ]]; then
    echo "note: some responses were errors (non-2xx or socket errors); the numbers above include them"
fi
ratio=$(sort -n "$RATIOS" | awk '{ v[NR] = $1 } END { printf "%.3f", v[int((NR + 1) / 2)] }')
echo
if awk -v r="$ratio" -v t="$TARGET" 'BEGIN { exit !(r >= t) }'; then
    echo "median ratio gateway/direct: $ratio (target >= $TARGET): MET"
else
    echo "median ratio gateway/direct: $ratio (target >= $TARGET): NOT MET"
    exit 1
fi
