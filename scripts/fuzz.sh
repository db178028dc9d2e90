#!/usr/bin/env bash
# scripts/fuzz.sh [SECONDS] [TARGET...] — run the libFuzzer targets (fuzz/README.md)
# under ASan + UBSan, each for SECONDS (default 60), one after the other, on a
# corpus kept in build/asan/fuzz-corpus/<target> (seeded from the repository and
# growing from run to run). Prints executions, corpus size and coverage per
# target; a finding is written beside the corpus as findings-<target>-crash-…,
# and the script exits non-zero.
#
#   scripts/fuzz.sh                 every target, a minute each
#   scripts/fuzz.sh 600 jsonlogic   one target, ten minutes
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-60}
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(json_parse schema_compile case_validate jsonlogic verify render compare batch_table)
fi

bash scripts/setup.sh --tests
[[ -f build/asan/CMakeCache.txt ]] || cmake --preset asan
cmake --build --preset fuzz

corpora=build/asan/fuzz-corpus
node fuzz/seed_corpora.mjs "$corpora" "${YAOSU_CONFORMANCE_DIR:-../shared/conformance}"

declare -A dictionary=([json_parse]=json [schema_compile]=schema [case_validate]=filing [jsonlogic]=jsonlogic
                       [verify]=filing [render]=filing [compare]=filing [batch_table]=csv)
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=0
summary=()
for target in "${targets[@]}"; do
  [[ -n "${dictionary[$target]:-}" ]] || { echo "fuzz: unknown target '$target'" >&2; exit 2; }
  log="build/asan/fuzz-$target.log"
  echo "== fuzz: $target for ${seconds}s"
  set +e
  "build/asan/fuzz/${target}_fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -dict="fuzz/dictionaries/${dictionary[$target]}.dict" -artifact_prefix="$corpora/findings-$target-" \
    "$corpora/$target" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9a-zA-Z]+' "$log" | tail -1 || true)
  summary+=("$target: exit $rc, $runs executions, ${cov:-no coverage line} (log $log)")
  ((rc == 0)) || failed=1
done
echo
echo "== fuzz summary (${seconds}s per target)"
printf '  %s\n' "${summary[@]}"
exit "$failed"
