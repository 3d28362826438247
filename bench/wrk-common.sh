# Shared by the wrk benchmarks (sourced, not run): failing, wrk itself, a token, and reading wrk's output.
# Callers set KEYCLOAK_URL and BENCH_USER.

die() { printf 'ERROR: %s\n' "$*" >&2; exit 2; }

ensure_wrk() {
    command -v wrk >/dev/null && return
    echo "==> wrk is missing; installing it from Debian"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || die "wrk is missing and this is not root: run 'apt-get install -y wrk' as root"
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq wrk >/dev/null ||
        die "could not install wrk (apt-get install -y wrk)"
}

token() { # an access token of BENCH_USER from the dev realm
    local response
    response=$(curl -sf -d grant_type=password -d client_id=lightning-console -d "username=$BENCH_USER" \
        -d password=lightning "$KEYCLOAK_URL/realms/lightning/protocol/openid-connect/token") ||
        die "no token from Keycloak at $KEYCLOAK_URL; is the suite up (./suite up)?"
    sed -E 's/.*"access_token":"([^"]+)".*/\1/' <<<"$response"
}

# wrk's latency in milliseconds: 812.00us -> 0.812, 1.20ms -> 1.2, 1.05s -> 1050
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n = n * 60000; else if (v ~ /s$/) n = n * 1000
        printf "%.3f", n }'
}

wrk_rps() { awk '/^Requests\/sec/ { print $2 }' <<<"$1"; }          # <wrk --latency output>
wrk_percentile() { to_ms "$(awk -v p="$2%" '$1 == p { print $2 }' <<<"$1")"; } # <output> <50|90|99>
wrk_errors() { # <output>: non-2xx/3xx responses plus socket errors
    awk '/Non-2xx or 3xx responses/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$1"
}
