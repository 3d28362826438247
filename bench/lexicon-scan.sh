#!/usr/bin/env bash
# What the lexicon scanner costs, against its peers: the same lexicon (the 65k-term houbb dictionary plus
# risk-service's Advertising-Law terms) and the same corpus (红楼梦 plus generated ad copy, scanned line by
# line) in one JMH run, for
#   lightning       risk-service's LexiconMatcher, all normalizations on (width, case, traditional,
#                   separators), exemptions and the overlap rule applied
#   sensitive-word  com.github.houbb:sensitive-word 0.25.0 with its normalizations on
#   toolgood        io.github.toolgood:toolgood-words 3.1.0.1 IllegalWordsSearch
#   hankcs          com.hankcs:aho-corasick-double-array-trie 1.2.3 over the raw text: the ceiling
# and then prints throughput (ops/s, MB/s), the ratios (targets: >= 2x sensitive-word, >= 1x toolgood), the
# time to build the matcher from the 65k lexicon (target < 1 s) and the agreement check (every term a peer
# finds in the corpus, we find).
#
# Needs no running suite, only Java 17+, Maven and the data (default ../shared/data next to the repository).
# Rerunnable. Settings (environment): WARMUP (iterations, default 3), WARMUP_TIME (default 2s), ITERATIONS
# (default 5), TIME (default 2s), FORKS (default 1), BENCH_DATA (the data folder), BENCHMARKS (a JMH regexp,
# default all four).
# Exit status: 0 when every target is met, 1 when one is not, 2 when the run was impossible.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WARMUP=${WARMUP:-3}
WARMUP_TIME=${WARMUP_TIME:-2s}
ITERATIONS=${ITERATIONS:-5}
TIME=${TIME:-2s}
FORKS=${FORKS:-1}
BENCH_DATA=${BENCH_DATA:-$ROOT/../shared/data}
BENCHMARKS=${BENCHMARKS:-LexiconScanBenchmark}
TARGET_DIR=$ROOT/risk-benchmarks/target

die() { printf 'ERROR: %s\n' "$*" >&2; exit 2; }

command -v java >/dev/null || die "java is missing (Java 17+ is required)"
command -v mvn >/dev/null || die "mvn is missing (Maven 3.8+ is required)"
for file in lexicons/houbb-dict-v20240407.txt corpus/hongloumeng.txt; do
    [[ -r $BENCH_DATA/$file ]] || die "benchmark data missing: $BENCH_DATA/$file (set BENCH_DATA to the folder that holds lexicons/ and corpus/)"
done
BENCH_DATA=$(cd "$BENCH_DATA" && pwd)

echo "==> building risk-benchmarks and what it needs (no tests, nothing installed)"
(cd "$ROOT" && mvn -B -ntp -q -Dstyle.color=never -pl risk-benchmarks -am package dependency:build-classpath \
    -DskipTests -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime) ||
    die "the build failed (see the Maven output above)"
CLASSPATH_FILE=$TARGET_DIR/classpath.txt
[[ -s $CLASSPATH_FILE ]] || die "no class path in $CLASSPATH_FILE"
CP="$TARGET_DIR/classes:$(cat "$CLASSPATH_FILE")"

echo "==> JMH: $BENCHMARKS, ${WARMUP} x ${WARMUP_TIME} warm-up, ${ITERATIONS} x ${TIME} measured, ${FORKS} fork(s); log in ${TARGET_DIR#"$ROOT"/}/jmh.log"
java -cp "$CP" -Dlightning.bench.data="$BENCH_DATA" org.openjdk.jmh.Main "$BENCHMARKS" \
    -wi "$WARMUP" -w "$WARMUP_TIME" -i "$ITERATIONS" -r "$TIME" -f "$FORKS" \
    -rf csv -rff "$TARGET_DIR/jmh-result.csv" >"$TARGET_DIR/jmh.log" 2>&1 ||
    { tail -30 "$TARGET_DIR/jmh.log" >&2; die "JMH failed (see ${TARGET_DIR#"$ROOT"/}/jmh.log)"; }
sed -n '/^Benchmark /,$p' "$TARGET_DIR/jmh.log" | grep -v '^Benchmark result'
echo

echo "==> matcher build time, agreement and ratios"
java -Xms2g -Xmx2g -cp "$CP" -Dlightning.bench.data="$BENCH_DATA" io.lightningops.risk.bench.LexiconScanReport \
    "$TARGET_DIR/jmh-result.csv"
