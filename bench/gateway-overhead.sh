#!/usr/bin/env bash
# What the gateway costs: the same request, GET /api/accounts?size=1, measured straight at
# content-service and through the gateway, with the same load (wrk, 32 connections, 2 threads) and
# the same duration. Each round is a pair of runs next to each other, in the order direct-gateway in odd
# rounds and gateway-direct in even ones, so that a machine drifting faster or slower over a round favours
# neither side. Prints requests/s and latency p50/p99 of each run, the ratio gateway/direct of each round
# and the median of those ratios; the target is >= 0.85. A median of paired rounds keeps one disturbed run
# (a GC pause, autovacuum) from deciding the verdict.
#
# When the gateway runs on this machine, it also prints the gateway's own CPU time per request (user +
# system, from /proc): the cost that a gateway sharing the service's cores takes from the service.
#
# The warm-up is long on purpose: under a load that keeps every core busy, the JIT compiler threads get
# little CPU, and a freshly started gateway takes about a minute to reach its steady speed.
#
# Needs the running suite (./suite up). Rerunnable; installs wrk from Debian when it is missing.
# Settings (environment): DURATION (s per run, default 15), ROUNDS (default 6), WARMUP (s, default 60),
# CONNECTIONS (32), THREADS (2), TARGET (0.85), GATEWAY_URL, CONTENT_URL, KEYCLOAK_URL, BENCH_USER.
# Exit status: 0 when the ratio meets the target, 1 when it does not, 2 when the run was impossible.
set -euo pipefail

DURATION=${DURATION:-15}
ROUNDS=${ROUNDS:-6}
WARMUP=${WARMUP:-60}
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

# The process listening on the port of <url>; empty when it is not on this machine or not visible.
listening_pid() { # <url>
    local port pid
    port=$(sed -E 's#^[a-z]+://[^/:]+:?([0-9]*).*#\1#' <<<"$1")
    [[ -n $port ]] || port=80
    command -v ss >/dev/null || return 0
    pid=$(ss -ltnpH "sport = :$port" 2>/dev/null | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -1)
    [[ -n $pid && -r /proc/$pid/stat ]] && echo "$pid"
    return 0
}

cpu_ticks() { # <pid>: CPU time (user + system, in clock ticks) it used so far
    awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"
}

ensure_wrk
command -v curl >/dev/null || die "curl is missing (apt-get install -y curl)"
TOKEN=$(token)
check "$CONTENT_URL" "content-service"
check "$GATEWAY_URL" "the gateway"
GATEWAY_PID=$(listening_pid "$GATEWAY_URL")
DIRECT_WARMUP=15

echo "==> GET $REQUEST_PATH, $CONNECTIONS connections, $THREADS threads, ${DURATION}s per run, $ROUNDS rounds"
echo "==> warming up: ${WARMUP}s through the gateway (which warms content-service too), then ${DIRECT_WARMUP}s direct"
run "$GATEWAY_URL" "$WARMUP" >/dev/null
run "$CONTENT_URL" "$DIRECT_WARMUP" >/dev/null

RATIOS=$(mktemp)
trap 'rm -f "$RATIOS"' EXIT
declare -A RPS=([direct]=0 [gateway]=0) P50=([direct]=0 [gateway]=0) P99=([direct]=0 [gateway]=0) ERR=([direct]=0 [gateway]=0)
printf '%-8s %-8s %12s %10s %10s %8s\n' round target "requests/s" "p50 ms" "p99 ms" errors
GATEWAY_TICKS=0
for round in $(seq 1 "$ROUNDS"); do
    order="direct gateway"
    ((round % 2 == 0)) && order="gateway direct"
    for target in $order; do
        if [[ $target == gateway ]]; then
            [[ -n $GATEWAY_PID ]] && GATEWAY_TICKS=$((GATEWAY_TICKS - $(cpu_ticks "$GATEWAY_PID")))
            read -r rps p50 p99 errors < <(run "$GATEWAY_URL" "$DURATION")
            [[ -n $GATEWAY_PID ]] && GATEWAY_TICKS=$((GATEWAY_TICKS + $(cpu_ticks "$GATEWAY_PID")))
        else
            read -r rps p50 p99 errors < <(run "$CONTENT_URL" "$DURATION")
        fi
        printf '%-8s %-8s %12.1f %10.3f %10.3f %8d\n' "$round" "$target" "$rps" "$p50" "$p99" "$errors"
        RPS[$target]=$(awk -v a="${RPS[$target]}" -v b="$rps" 'BEGIN { print a + b }')
        P50[$target]=$(awk -v a="${P50[$target]}" -v b="$p50" 'BEGIN { print a + b }')
        P99[$target]=$(awk -v a="${P99[$target]}" -v b="$p99" 'BEGIN { print a + b }')
        ERR[$target]=$((ERR[$target] + errors))
        if [[ $target == direct ]]; then direct_rps=$rps; else gateway_rps=$rps; fi
    done
    awk -v g="$gateway_rps" -v d="$direct_rps" 'BEGIN { printf "%.3f\n", (d > 0) ? g / d : 0 }' >>"$RATIOS"
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
if ((GATEWAY_TICKS > 0)); then
    # its requests: the sum of its rates times the duration of each run
    awk -v t="$GATEWAY_TICKS" -v hz="$(getconf CLK_TCK)" -v rates="${RPS[gateway]}" -v d="$DURATION" 'BEGIN {
        us = t / hz * 1e6 / (rates * d)
        printf "gateway CPU per request: %.0f us (user + system), so one core carries about %.0f requests/s\n", us, 1e6 / us }'
fi
if [[ ${ERR[direct]} -ne 0 || ${ERR[gateway]} -ne 0 ]]; then
    echo "note: some responses were errors (non-2xx or socket errors); the numbers above include them"
fi
ratio=$(sort -n "$RATIOS" | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
echo
if awk -v r="$ratio" -v t="$TARGET" 'BEGIN { exit !(r >= t) }'; then
    echo "median ratio gateway/direct: $ratio (target >= $TARGET): MET"
else
    echo "median ratio gateway/direct: $ratio (target >= $TARGET): NOT MET"
    exit 1
fi
