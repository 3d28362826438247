# Shared by the analytics benchmarks (sourced, not run): psql as the analytics role, and the HTTP batch size.
# Callers set SUITE_HOME; the environment comes from ./suite env (database passwords, URLs, Keycloak), or from
# SUITE_CMD env when the running suite is another checkout's.

analytics_env() {
    local suite=${SUITE_CMD:-$SUITE_HOME/suite}
    [[ -x $suite ]] || die "cannot find $suite"
    eval "$("$suite" env)"
    command -v psql >/dev/null || die "psql is missing (apt-get install -y postgresql-client)"
    command -v curl >/dev/null || die "curl is missing (apt-get install -y curl)"
    [[ -n ${ANALYTICS_DB_PASSWORD:-} ]] || die "ANALYTICS_DB_PASSWORD is not set; is the suite set up (./suite up)?"
}

apsql() { # <database> <psql args...>: psql as the analytics role
    local db=$1
    shift
    PGPASSWORD=$ANALYTICS_DB_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h "${DB_HOST:-localhost}" -p "${DB_PORT:-5432}" \
        -U "${ANALYTICS_DB_USER:-analytics}" -d "$db" "$@"
}

config_batch_rows() { # lightning.metrics.max-batch-rows of analytics-service's configuration
    sed -n 's/^lightning\.metrics\.max-batch-rows=//p' "$SUITE_HOME/analytics-service/src/main/resources/application.properties"
}

now_s() { date +%s.%N; }
